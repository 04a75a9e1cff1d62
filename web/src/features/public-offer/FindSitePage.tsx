import { Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { CommuneChoices } from "./CommuneChoices";
import { PublicPage } from "./PublicPage";
import { type NearbySites, type SiteSearch, useNearbySites, usePublicCommunes } from "./public-offer-api";
import { SiteCard } from "./SiteCard";

const POSTAL_CODE = /^\d{5}$/;

/** The search in the address (`?commune=24322` or `?codePostal=24750`): the back button and links keep it. */
function useSearchInAddress(): [SiteSearch | null, (search: SiteSearch) => void] {
  const [params, setParams] = useSearchParams();
  const commune = params.get("commune");
  const postalCode = params.get("codePostal");
  const search = commune ? { commune } : postalCode ? { postalCode } : null;
  const setSearch = (next: SiteSearch) =>
    setParams("commune" in next ? { commune: next.commune } : { codePostal: next.postalCode });
  return [search, setSearch];
}

/** `/trouver-un-site`: the open sites nearest to a commune or a postal code. */
export default function FindSitePage() {
  const [search, setSearch] = useSearchInAddress();
  const [typed, setTyped] = useState("");
  const [debounced] = useDebouncedValue(typed, 250);
  const communes = usePublicCommunes(POSTAL_CODE.test(typed.trim()) ? "" : debounced);
  const sites = useNearbySites(search);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = typed.trim();
    if (POSTAL_CODE.test(text)) return setSearch({ postalCode: text });
    const found = communes.data ?? [];
    const named = found.find(
      (commune) => commune.name.localeCompare(text, "fr", { sensitivity: "base" }) === 0,
    );
    const chosen = named ?? (found.length === 1 ? found[0] : undefined);
    if (chosen) setSearch({ commune: chosen.code });
  };

  return (
    <PublicPage title="Trouver un site près de chez moi">
      <Stack gap="lg">
        <form onSubmit={submit}>
          <Stack gap="xs">
            <TextInput
              label="Votre commune ou votre code postal"
              description="Par exemple : Périgueux, ou 24000."
              size="lg"
              autoComplete="address-level2"
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
            />
            <Button type="submit" size="lg" w={{ base: "100%", sm: "auto" }}>
              Chercher
            </Button>
          </Stack>
        </form>
        {!POSTAL_CODE.test(typed.trim()) && (
          <CommuneChoices
            search={debounced}
            communes={communes.data}
            loading={communes.isFetching}
            onChoose={(commune) => {
              setTyped("");
              setSearch({ commune: commune.code });
            }}
          />
        )}
        <ErrorAlert error={communes.error ?? sites.error} title="Recherche impossible" />
        {sites.isFetching && !sites.data && <PageLoader />}
        {sites.data && <Results answer={sites.data} />}
      </Stack>
    </PublicPage>
  );
}

function Results({ answer }: { answer: NearbySites }) {
  const { origin, items } = answer;
  return (
    <Stack component="section" aria-labelledby="resultats" gap="md">
      <Title order={2} id="resultats">
        Les sites les plus proches de {origin.name}
      </Title>
      {origin.postalCode && origin.communesSharingPostalCode > 1 && (
        <Text>
          Le code postal {origin.postalCode} couvre {origin.communesSharingPostalCode} communes : les
          distances sont calculées depuis {origin.name}, la plus peuplée.
        </Text>
      )}
      {items.length === 0 ? (
        <Text>Aucun site n'est ouvert pour le moment.</Text>
      ) : (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((site) => (
            <li key={site.id}>
              <SiteCard site={site} />
            </li>
          ))}
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        Distances à vol d'oiseau, entre les centres des communes.
      </Text>
    </Stack>
  );
}
