import { Select, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { useSites } from "../territory/territory-api";
import { NO_REFERRAL_FILTERS } from "./ReferralFiltersForm";
import { ReferralList } from "./ReferralList";
import { useReferrals } from "./referrals-api";
import { SiteOverview } from "./SiteOverview";

const UNASSIGNED = { unassigned: true };

/**
 * A training organisation's inbox: one site at a time (its places, its waiting list, its referrals),
 * and « À répartir »: the referrals made to a lot it runs, whose site is still to be chosen.
 */
export function ReceivedReferrals() {
  const sites = useSites({ mine: true });
  const [chosen, setChosen] = useState<string | null>(null);
  const toAssign = useReferrals(UNASSIGNED, NO_REFERRAL_FILTERS, 1);
  const siteId = chosen ?? sites.data?.[0]?.id ?? null;
  const options = (sites.data ?? []).map((site) => ({
    value: site.id,
    label: `${site.name} (${site.code})${site.active ? "" : " — fermé"}`,
  }));
  const siteName = sites.data?.find((site) => site.id === siteId)?.name;

  return (
    <>
      <PageTitle>Demandes reçues</PageTitle>
      <Text mb="md" maw={720}>
        Les prescriptions et auto-positionnements adressés à vos sites, des plus récents aux plus anciens.
        Ouvrez une demande pour y répondre.
      </Text>
      <Tabs defaultValue="site" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="site">Par site</Tabs.Tab>
          <Tabs.Tab value="to-assign">À répartir{toAssign.data ? ` (${toAssign.data.total})` : ""}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="site">
          <ErrorAlert error={sites.error} title="Sites indisponibles" />
          {sites.isPending ? (
            <PageLoader />
          ) : siteId === null ? (
            <Text>Aucun site ne vous concerne pour l'instant.</Text>
          ) : (
            <>
              <Select
                label="Site"
                data={options}
                value={siteId}
                onChange={(value) => value && setChosen(value)}
                allowDeselect={false}
                searchable={options.length > 8}
                maw={480}
                mb="md"
              />
              <SiteOverview siteId={siteId} />
              <ReferralList
                key={siteId}
                scope={{ siteId }}
                caption={`Demandes reçues par le site ${siteName ?? ""}`}
              />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="to-assign">
          <Text mb="md" maw={720}>
            Les demandes adressées à un lot que porte votre organisme, sans site choisi : ouvrez-les pour
            choisir le site qui accueillera la personne.
          </Text>
          <ReferralList
            scope={UNASSIGNED}
            caption="Demandes à répartir entre les sites"
            empty="Aucune demande n'attend d'être répartie."
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
