import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { DataTable } from "../../ui/DataTable";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { interviewTab } from "./interview-words";
import { type InterviewOverview, useInterviewOverview } from "./interviews-api";

type SiteRow = InterviewOverview["sites"][number];
type MissedRow = InterviewOverview["missed"][number];

/**
 * « Entretiens tripartites », for the Region and territorial officers: per lot and site, the interviews
 * to organise, scheduled, held and not held; and the pathways that ended (or whose planned end passed)
 * without one.
 */
export default function InterviewsOverviewPage() {
  const overview = useInterviewOverview(null);
  const data = overview.data;
  return (
    <Stack>
      <PageTitle>Entretiens tripartites</PageTitle>
      <Text>
        L'entretien tripartite est proposé {data?.weeks ?? 3} semaines avant la fin prévue de chaque parcours.
        Sont comptés les parcours dont l'entretien est dû ou qui sont terminés.
      </Text>
      <ErrorAlert error={overview.error} />
      {overview.isPending && <PageLoader />}
      {data && (
        <>
          <DataTable<SiteRow>
            caption="Entretiens par lot et par site"
            rows={data.sites}
            rowKey={(row) => row.site.id}
            empty="Aucun parcours dont l'entretien est dû."
            columns={[
              { header: "Lot", cell: (row) => row.lot.name },
              { header: "Site", cell: (row) => row.site.name },
              { header: "À organiser", cell: (row) => row.toOrganise },
              { header: "Planifiés", cell: (row) => row.scheduled },
              { header: "Tenus", cell: (row) => row.held },
              { header: "Non tenus", cell: (row) => row.notHeld },
            ]}
          />
          <DataTable<MissedRow>
            caption={`Parcours terminés ou arrivés à leur fin prévue sans entretien tenu (${data.missedTotal})`}
            rows={data.missed}
            rowKey={(row) => row.pathwayId}
            empty="Aucun : chaque parcours terminé a eu son entretien."
            columns={[
              {
                header: "Stagiaire",
                cell: (row) => (
                  <Anchor component={Link} to={interviewTab(row.pathwayId)}>
                    {row.person.lastName.toUpperCase()} {row.person.firstName}
                  </Anchor>
                ),
              },
              { header: "Lot", cell: (row) => row.lot },
              { header: "Site", cell: (row) => row.site },
              { header: "Fin prévue", cell: (row) => formatDate(row.plannedEndDate) },
              { header: "Sortie", cell: (row) => (row.exitDate ? formatDate(row.exitDate) : "En parcours") },
            ]}
          />
          {data.missedTotal > data.missed.length && (
            <Text size="sm">Les {data.missed.length} plus récents sont affichés.</Text>
          )}
        </>
      )}
    </Stack>
  );
}
