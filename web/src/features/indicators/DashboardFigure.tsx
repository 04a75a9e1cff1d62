import { Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { type Column, DataTable } from "../../ui/DataTable";

export type FigureTable<Row> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
};

/**
 * A chart or a map of the dashboard and the table behind it: the drawing for those who would rather
 * look, the folded table (the same figures, with a caption and headers) for those who would rather read
 * or cannot see it.
 */
export function DashboardFigure<Row>({
  title,
  description,
  children,
  table,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  table: FigureTable<Row>;
}) {
  const titleId = useId();
  return (
    <Paper component="figure" withBorder p="md" radius="md" m={0} aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {children}
        <details>
          <summary>Voir le tableau</summary>
          <DataTable {...table} empty="Aucune donnée sur la période." />
        </details>
      </Stack>
    </Paper>
  );
}
