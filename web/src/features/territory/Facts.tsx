import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode };

/** A record's main facts as a description list: label above value, two columns on wide screens. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" mb="lg" m={0}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" size="sm" c="dimmed">
            {fact.label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
