import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { SESSION_FORMAT_LABELS } from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import { MODULE_LABELS } from "../../../../src/domains/programme-rules/programme-rules";
import { EnrolmentModal } from "./EnrolmentModal";
import type { SessionView, Timetable } from "./sessions-api";

const dayTitle = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
});
/** « lundi 16 novembre » for `YYYY-MM-DD`. */
const formatDay = (day: string) => dayTitle.format(new Date(`${day}T00:00:00Z`));

/** The week's sessions, day by day, each with its time, trainer, room and places. */
export function WeekTimetable({ timetable }: { timetable: Timetable }) {
  const [enrolling, setEnrolling] = useState<SessionView | null>(null);
  const days = [...new Set(timetable.sessions.map((session) => session.date))];
  if (days.length === 0) return <Text mb="lg">Aucune séance cette semaine.</Text>;
  return (
    <Stack gap="lg" mb="xl">
      {days.map((day) => (
        <section key={day} aria-label={formatDay(day)}>
          <Title order={2} size="h4" mb="xs">
            {formatDay(day)}
          </Title>
          <Stack gap="sm">
            {timetable.sessions
              .filter((session) => session.date === day)
              .map((session) => (
                <Card key={session.id} withBorder padding="md">
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <div>
                      <Text fw={700}>
                        {session.startTime}–{session.endTime} · {session.title}
                      </Text>
                      <Text size="sm">
                        {MODULE_LABELS[session.module]} · {SESSION_FORMAT_LABELS[session.format]}
                        {session.trainer ? ` · ${session.trainer.name}` : ""}
                        {session.room ? ` · ${session.room}` : ""}
                      </Text>
                      <Text size="sm">
                        {session.enrolled} inscrit·e{session.enrolled > 1 ? "s" : ""} sur {session.capacity}{" "}
                        place{session.capacity > 1 ? "s" : ""}
                      </Text>
                    </div>
                    {session.cancelled ? (
                      <Badge color="gray">Annulée</Badge>
                    ) : (
                      <Group gap="xs">
                        <Button variant="default" size="sm" onClick={() => setEnrolling(session)}>
                          Inscrits
                        </Button>
                        <Button component={Link} to={`/seances/${session.id}/emargement`} size="sm">
                          {timetable.mayManage ? "Émarger" : "Présences"}
                        </Button>
                      </Group>
                    )}
                  </Group>
                </Card>
              ))}
          </Stack>
        </section>
      ))}
      {enrolling && (
        <EnrolmentModal
          session={enrolling}
          mayManage={timetable.mayManage}
          onClose={() => setEnrolling(null)}
        />
      )}
    </Stack>
  );
}
