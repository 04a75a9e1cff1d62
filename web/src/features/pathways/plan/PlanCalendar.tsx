import { Card, Table, Text, Title } from "@mantine/core";
import { formatDay, itemLabel } from "./plan-words";

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The days an item takes, when it says: a date, or a period. */
function span(item: Record<string, unknown>): [string, string] | null {
  if (typeof item.date === "string" && item.date) return [item.date, item.date];
  if (typeof item.start === "string" && item.start && typeof item.end === "string" && item.end)
    return [item.start, item.end];
  return null;
}

export type PlanWeek = { number: number; from: string; to: string; items: string[] };

/** The weeks from the entry to the planned end, each with the dated items it holds. */
export function planWeeks(
  entryDate: string,
  plannedEndDate: string,
  items: readonly Record<string, unknown>[],
) {
  const weeks: PlanWeek[] = [];
  if (!entryDate || !plannedEndDate || plannedEndDate < entryDate) return weeks;
  for (let from = entryDate, number = 1; from <= plannedEndDate && number <= 60; number++) {
    const to = addDays(from, 6) < plannedEndDate ? addDays(from, 6) : plannedEndDate;
    const held = items.flatMap((item) => {
      const days = span(item);
      return days && days[0] <= to && days[1] >= from ? [itemLabel(item)] : [];
    });
    weeks.push({ number, from, to, items: held });
    from = addDays(from, 7);
  }
  return weeks;
}

/** A simple calendar, as a table by week (readable on a phone and by a screen reader). */
export function PlanCalendar({
  entryDate,
  plannedEndDate,
  items,
}: {
  entryDate: string;
  plannedEndDate: string;
  items: readonly Record<string, unknown>[];
}) {
  const weeks = planWeeks(entryDate, plannedEndDate, items);
  return (
    <Card withBorder component="section" aria-labelledby="calendrier-plan">
      <Title order={3} size="h4" id="calendrier-plan" mb="xs">
        Calendrier
      </Title>
      {weeks.length === 0 ? (
        <Text size="sm">Indiquez la fin prévue pour voir les semaines du parcours.</Text>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Caption>Semaines du parcours, avec les stages et les éléments datés</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Semaine</Table.Th>
                <Table.Th scope="col">Au programme</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weeks.map((week) => (
                <Table.Tr key={week.number}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: "nowrap" }}>
                    S{week.number}
                    <Text size="xs" c="dimmed">
                      {formatDay(week.from).slice(0, 5)} – {formatDay(week.to).slice(0, 5)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{week.items.length > 0 ? week.items.join(" ; ") : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
