import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { IndicatorLineDto } from "../../../../src/domains/indicators/indicators.schemas";
import { formatIndicator, numeratorOverDenominator } from "./indicator-format";

/** One card per indicator: its value in French, « n sur d », and its definition. */
export function KeyFigures({ lines }: { lines: readonly IndicatorLineDto[] }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="md" p={0} m={0}>
      {lines.map((line) => {
        const fraction = numeratorOverDenominator(line);
        return (
          <Paper key={line.key} component="li" withBorder p="md" radius="md" style={{ listStyle: "none" }}>
            <Text size="sm" fw={600}>
              {line.label}
            </Text>
            <Text fz={28} fw={700} lh={1.3}>
              {formatIndicator(line.unit, line.value)}
            </Text>
            {fraction && (
              <Text size="sm">{line.value === null ? `pas de dénominateur (${fraction})` : fraction}</Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {line.definition}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
