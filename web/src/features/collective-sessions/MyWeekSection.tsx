import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { addDays, mondayOf } from "../../../../src/domains/calendar-days";
import { MODULE_LABELS } from "../../../../src/domains/programme-rules/programme-rules";
import { parisToday } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwaySummary } from "../pathways/pathways-api";
import { hoursLabel, markLabel } from "./attendance-labels";
import { useConfirmAttendance, usePathwayAttendance } from "./sessions-api";

const weekday = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
});

/** « Ma semaine »: this week's sessions, the mark of each past one to confirm, and this month's hours. */
export default function MyWeekSection({ pathway }: { pathway: PathwaySummary }) {
  const attendance = usePathwayAttendance(pathway.id);
  const confirm = useConfirmAttendance(pathway.id);
  const today = parisToday();
  const monday = mondayOf(today);
  const week = (attendance.data?.items ?? []).filter(
    (item) =>
      item.session.date >= monday && item.session.date <= addDays(monday, 6) && !item.session.cancelled,
  );
  const month = attendance.data?.months.find((entry) => entry.month === today.slice(0, 7));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="ma-semaine">
      <Title order={2} size="h3" mb="xs" id="ma-semaine">
        Ma semaine
      </Title>
      <ErrorAlert error={attendance.error ?? confirm.error} />
      {week.length === 0 ? (
        <Text size="lg">Pas de séance prévue cette semaine.</Text>
      ) : (
        <Stack gap="md">
          {week.map(({ session, mark }) => {
            const past = new Date(session.startsAt).getTime() <= Date.now();
            return (
              <div key={session.id}>
                <Text size="lg" fw={700}>
                  {weekday.format(new Date(session.startsAt))}, de {session.startTime} à {session.endTime}
                </Text>
                <Text size="lg">
                  {session.title} ({MODULE_LABELS[session.module]})
                  {session.room ? `, salle : ${session.room}` : ""}
                </Text>
                {past && <Text size="lg">Ma présence : {markLabel(mark)}.</Text>}
                {mark &&
                  (mark.confirmedByTraineeAt ? (
                    <Text size="lg" c="green.8">
                      Vous avez confirmé.
                    </Text>
                  ) : (
                    <Button
                      size="md"
                      mt={4}
                      loading={confirm.isPending && confirm.variables === session.id}
                      onClick={() => confirm.mutate(session.id)}
                      aria-label={`Je confirme ma présence du ${weekday.format(new Date(session.startsAt))}`}
                    >
                      Je confirme
                    </Button>
                  ))}
              </div>
            );
          })}
        </Stack>
      )}
      <Text size="lg" mt="md">
        Ce mois-ci, vous avez fait {hoursLabel(month?.hours ?? 0)} de formation.
      </Text>
    </Card>
  );
}
