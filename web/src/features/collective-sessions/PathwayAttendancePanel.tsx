import { Anchor, Badge, Group, Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
} from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import { MODULE_LABELS } from "../../../../src/domains/programme-rules/programme-rules";
import { formatDate, parisToday } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { hoursLabel, markLabel, monthLabel } from "./attendance-labels";
import { EnrolInModule } from "./EnrolInModule";
import { statementUrl, usePathwayAttendance } from "./sessions-api";

/** The « Assiduité » tab: a month's sessions with their marks, its totals, and the monthly statement. */
export default function PathwayAttendancePanel({ pathway }: { pathway: PathwayDetail }) {
  const attendance = usePathwayAttendance(pathway.id);
  const [chosen, setChosen] = useState<string | null>(null);
  if (attendance.isPending) return <PageLoader />;
  if (!attendance.data) return <ErrorAlert error={attendance.error} />;
  const { items, months } = attendance.data;
  const all = [
    ...new Set([...items.map((item) => item.session.date.slice(0, 7)), parisToday().slice(0, 7)]),
  ].sort();
  const month = chosen ?? all.at(-1) ?? parisToday().slice(0, 7);
  const sessions = items.filter((item) => item.session.date.startsWith(month) && !item.session.cancelled);
  const totals = months.find((entry) => entry.month === month);

  return (
    <>
      {pathway.may.manage && pathway.state === "current" && <EnrolInModule pathwayId={pathway.id} />}
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select
          label="Mois"
          data={all.map((value) => ({ value, label: monthLabel(value) }))}
          value={month}
          onChange={(value) => value && setChosen(value)}
          allowDeselect={false}
          maw={240}
        />
        <Anchor href={statementUrl(pathway.id, month, "pdf")} download>
          Relevé PDF
        </Anchor>
        <Anchor href={statementUrl(pathway.id, month, "csv")} download>
          Relevé CSV
        </Anchor>
      </Group>
      <Text fw={700} mb="xs">
        {totals
          ? `${hoursLabel(totals.hours)} faites en ${monthLabel(month)} : ${ATTENDANCE_STATUSES.filter(
              (status) => totals.byStatus[status].sessions > 0,
            )
              .map(
                (status) =>
                  `${ATTENDANCE_STATUS_LABELS[status].toLowerCase()} ${totals.byStatus[status].sessions} fois`,
              )
              .join(", ")}.`
          : `Aucune présence notée en ${monthLabel(month)}.`}
      </Text>
      {sessions.length === 0 ? (
        <Text>Aucune séance ce mois-ci.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>Séances de {monthLabel(month)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Horaires</Table.Th>
                <Table.Th>Module</Table.Th>
                <Table.Th>Séance</Table.Th>
                <Table.Th>Présence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map(({ session, mark }) => (
                <Table.Tr key={session.id}>
                  <Table.Td>{formatDate(session.startsAt)}</Table.Td>
                  <Table.Td>
                    {session.startTime}–{session.endTime}
                  </Table.Td>
                  <Table.Td>{MODULE_LABELS[session.module]}</Table.Td>
                  <Table.Td>{session.title}</Table.Td>
                  <Table.Td>
                    {markLabel(mark)}{" "}
                    {mark?.confirmedByTraineeAt && (
                      <Badge color="green.9" c="dark.7" variant="outline" size="sm">
                        Confirmé
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
