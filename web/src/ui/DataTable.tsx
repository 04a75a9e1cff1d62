import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/**
 * A table with a caption (what it lists, for screen readers and for everyone) and column headers;
 * scrolls sideways on a phone rather than squeezing.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty = "Aucun élément.",
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: string;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard user must be able to scroll a wide table
    <section aria-label={caption} tabIndex={0} style={{ overflowX: "auto" }}>
      <Table miw={640} striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: "left" }}>
          <Text component="span" fw={600} c="var(--mantine-color-text)">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </section>
  );
}
