import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { DataTable } from "../../ui/DataTable";
import { formatDate } from "../../ui/dates";
import { personName } from "../../ui/person-name";
import { PathwayStateBadge } from "./PathwayStateBadge";
import type { PathwaySummary } from "./pathways-api";

/** Trainees and their pathways: who, where, since when, until when, sent by whom. */
export function PathwaysTable({ pathways }: { pathways: readonly PathwaySummary[] }) {
  return (
    <DataTable
      caption="Parcours"
      rows={pathways}
      rowKey={(pathway) => pathway.id}
      empty="Aucun parcours ne correspond."
      columns={[
        {
          header: "Stagiaire",
          cell: (pathway) => (
            <Anchor component={Link} to={`/parcours/${pathway.id}`} fw={600}>
              {personName(pathway.person)}
            </Anchor>
          ),
        },
        {
          header: "Situation",
          cell: (pathway) => <PathwayStateBadge state={pathway.state} />,
        },
        { header: "Site", cell: (pathway) => pathway.site.name },
        {
          header: "Dates",
          cell: (pathway) => (
            <>
              <Text size="sm">Entrée le {formatDate(pathway.entryDate)}</Text>
              <Text size="xs">
                {pathway.exitDate
                  ? `Sortie le ${formatDate(pathway.exitDate)}`
                  : pathway.plannedEndDate
                    ? `Fin prévue le ${formatDate(pathway.plannedEndDate)}`
                    : "Plan de parcours à construire"}
              </Text>
            </>
          ),
        },
        {
          header: "Prescripteur",
          cell: (pathway) =>
            pathway.prescriberOrganisation ? (
              <>
                <Text size="sm">{pathway.prescriberOrganisation.name}</Text>
                {pathway.referent && <Text size="xs">Référent·e : {pathway.referent.displayName}</Text>}
              </>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}
