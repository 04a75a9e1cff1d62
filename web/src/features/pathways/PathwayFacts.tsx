import { Anchor, Card, SimpleGrid, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatDate } from "../../ui/dates";
import { Facts } from "../territory/Facts";
import type { PathwayDetail } from "./pathways-api";

/** Who the trainee is and how to reach them; where, since when, sent by whom. */
export function PathwayFacts({ pathway }: { pathway: PathwayDetail }) {
  const end = pathway.exitDate
    ? { label: "Sortie", value: formatDate(pathway.exitDate) }
    : {
        label: "Fin prévue",
        value: pathway.plannedEndDate ? formatDate(pathway.plannedEndDate) : "À fixer dans le plan",
      };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Stagiaire
        </Title>
        <Facts
          facts={[
            { label: "Né·e le", value: formatDate(pathway.person.birthDate) },
            { label: "E-mail", value: pathway.person.email ?? "—" },
            { label: "Téléphone", value: pathway.person.phone ?? "—" },
          ]}
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Parcours
        </Title>
        <Facts
          facts={[
            { label: "Site", value: `${pathway.site.name} (lot ${pathway.lot.name})` },
            { label: "Entrée", value: formatDate(pathway.entryDate) },
            end,
            { label: "Prescripteur", value: pathway.prescriberOrganisation?.name ?? "—" },
            { label: "Référent·e", value: pathway.referent?.displayName ?? "—" },
            {
              label: "Demande d'origine",
              value: pathway.referralId ? (
                <Anchor component={Link} to={`/prescriptions/${pathway.referralId}`}>
                  Voir la demande
                </Anchor>
              ) : (
                "—"
              ),
            },
          ]}
        />
      </Card>
    </SimpleGrid>
  );
}
