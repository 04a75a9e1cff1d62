import { Button, Group, Select, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { addDays, mondayOf } from "../../../../src/domains/calendar-days";
import { formatDate, parisToday } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { useSites } from "../territory/territory-api";
import { HoursExport } from "./HoursExport";
import { SessionFormModal } from "./SessionFormModal";
import { useTimetable } from "./sessions-api";
import { WeekTimetable } from "./WeekTimetable";

/** `/seances`: a site's timetable week by week; training staff add sessions, enrol and mark attendance. */
export default function SessionsPage() {
  const sites = useSites({ mine: true });
  const [chosen, setChosen] = useState<string | null>(null);
  const [monday, setMonday] = useState(() => mondayOf(parisToday()));
  const [creating, setCreating] = useState(false);
  const siteId = chosen ?? sites.data?.[0]?.id ?? null;
  const sunday = addDays(monday, 6);
  const timetable = useTimetable(siteId, monday, sunday);
  const options = (sites.data ?? []).map((site) => ({
    value: site.id,
    label: `${site.name} (${site.code})`,
  }));

  return (
    <>
      <PageTitle>Séances</PageTitle>
      <Text mb="md" maw={720}>
        Le planning des séances d'un site, semaine par semaine : qui est inscrit, et l'émargement de chaque
        demi-journée.
      </Text>
      <ErrorAlert error={sites.error} title="Sites indisponibles" />
      {sites.isPending ? (
        <PageLoader />
      ) : siteId === null ? (
        <Text>Aucun site ne vous concerne pour l'instant.</Text>
      ) : (
        <>
          {options.length > 1 && (
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
          )}
          <Group justify="space-between" mb="md" wrap="wrap">
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => setMonday(addDays(monday, -7))}
                leftSection={<IconChevronLeft size={18} aria-hidden />}
              >
                Semaine précédente
              </Button>
              <Button
                variant="default"
                onClick={() => setMonday(addDays(monday, 7))}
                rightSection={<IconChevronRight size={18} aria-hidden />}
              >
                Semaine suivante
              </Button>
            </Group>
            {timetable.data?.mayManage && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                Nouvelle séance
              </Button>
            )}
          </Group>
          <Text fw={600} mb="sm" aria-live="polite">
            Semaine du {formatDate(monday)} au {formatDate(sunday)}
          </Text>
          <ErrorAlert error={timetable.error} title="Planning indisponible" />
          {timetable.data && <WeekTimetable timetable={timetable.data} />}
          {timetable.data?.mayManage && creating && (
            <SessionFormModal
              siteId={siteId}
              trainers={timetable.data.trainers}
              defaultDate={monday}
              onClose={() => setCreating(false)}
            />
          )}
          <HoursExport place={{ siteId }} />
        </>
      )}
    </>
  );
}
