import { Card, Table, Title } from "@mantine/core";
import { BARRIER_THEME_LABELS } from "../../../../src/domains/barriers/barrier-catalogue";
import type { BarrierList } from "./barriers-api";

/** Per theme: how many barriers are still to work on, lifted, or not lifted. */
export function BarrierSummaryTable({ summary }: { summary: BarrierList["summary"] }) {
  return (
    <Card withBorder component="section" aria-labelledby="bilan-freins">
      <Title order={3} size="h4" id="bilan-freins" mb="xs">
        Bilan par thème
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thème</Table.Th>
              <Table.Th>Repérés</Table.Th>
              <Table.Th>En cours de levée</Table.Th>
              <Table.Th>Levés</Table.Th>
              <Table.Th>Non levés</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.map((row) => (
              <Table.Tr key={row.theme}>
                <Table.Th scope="row" fw={400}>
                  {BARRIER_THEME_LABELS[row.theme]}
                </Table.Th>
                <Table.Td>{row.identified}</Table.Td>
                <Table.Td>{row.inProgress}</Table.Td>
                <Table.Td>{row.lifted}</Table.Td>
                <Table.Td>{row.notLifted}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
