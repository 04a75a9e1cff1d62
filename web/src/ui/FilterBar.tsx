import { SimpleGrid } from "@mantine/core";
import type { ReactNode } from "react";

/** Filters above a list, applied as they change; a search landmark named `label`. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <search aria-label={label}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mb="md">
        {children}
      </SimpleGrid>
    </search>
  );
}
