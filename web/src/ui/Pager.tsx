import { Group, Pagination, Text } from "@mantine/core";

/** Page numbers under a long list, with names that screen readers can announce. */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label="Pagination">
      <Text size="sm">
        {first}–{last} sur {total}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          getItemProps={(item) => ({
            "aria-label": `Page ${item}`,
            "aria-current": item === page ? "page" : undefined,
          })}
          getControlProps={(control) => ({ "aria-label": CONTROL_LABELS[control] })}
        />
      )}
    </Group>
  );
}

const CONTROL_LABELS = {
  first: "Première page",
  previous: "Page précédente",
  next: "Page suivante",
  last: "Dernière page",
} as const;
