import { Group, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { BasinRow } from "../../../../src/domains/referral-statistics/referral-statistics.schemas";

/** The words of a flag: the same in the table, the summary and the rule. */
export const FLAG_LABEL = "Peu de prescriptions";
const FLAG_DETAILS: Record<NonNullable<BasinRow["flag"]>, string> = {
  none: "aucune sur la période",
  low: "moins de la moitié du taux de la zone",
};

/** « Peu de prescriptions », in words and with an icon, never by colour alone; « — » when not flagged. */
export function CoverageFlag({ flag }: { flag: BasinRow["flag"] }) {
  if (!flag) return <>—</>;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconAlertTriangle size={18} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600} c="red.9">
        {FLAG_LABEL} : {FLAG_DETAILS[flag]}
      </Text>
    </Group>
  );
}
