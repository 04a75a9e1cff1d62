import { Box, Group, Progress, Stack, Table, Text } from "@mantine/core";
import {
  SKILL_DOMAIN_LABELS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from "../../../../src/domains/skills/skill-domains";
import type { SkillsView } from "./skills-api";

const levelText = (level: number | null) =>
  level === null ? "non évalué" : `${level} sur 4 (${SKILL_LEVEL_LABELS[level as SkillLevel]})`;

const progressText = (progress: number | null) => {
  if (progress === null) return "—";
  if (progress === 0) return "stable";
  const steps = Math.abs(progress) > 1 ? "niveaux" : "niveau";
  return progress > 0 ? `+${progress} ${steps}` : `${progress} ${steps}`;
};

/**
 * Entry against exit for each domain: two bars on a scale of 4, the numbers in words beside them
 * (the bars are decoration for screen readers), and the same figures in a table.
 */
export function SkillProgressChart({ domains }: { domains: SkillsView["domains"] }) {
  return (
    <Stack gap="md">
      <Stack gap="sm" aria-hidden>
        {domains.map((row) => (
          <Box key={row.domain}>
            <Text size="sm" fw={600}>
              {SKILL_DOMAIN_LABELS[row.domain]}
            </Text>
            {(["entry", "exit"] as const).map((moment) => (
              <Group key={moment} gap="xs" wrap="nowrap">
                <Text size="xs" w={60}>
                  {moment === "entry" ? "Entrée" : "Sortie"}
                </Text>
                <Progress
                  value={((row[moment] ?? 0) / 4) * 100}
                  color={moment === "entry" ? "gray" : "region"}
                  size="lg"
                  style={{ flex: 1 }}
                />
                <Text size="xs" w={40}>
                  {row[moment] ?? "—"}/4
                </Text>
              </Group>
            ))}
          </Box>
        ))}
      </Stack>
      <Table striped withTableBorder>
        <Table.Caption>Niveaux par domaine, à l'entrée et à la sortie (de 1 à 4)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Domaine</Table.Th>
            <Table.Th scope="col">Entrée</Table.Th>
            <Table.Th scope="col">Sortie</Table.Th>
            <Table.Th scope="col">Progrès</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {domains.map((row) => (
            <Table.Tr key={row.domain}>
              <Table.Th scope="row" fw={400}>
                {SKILL_DOMAIN_LABELS[row.domain]}
              </Table.Th>
              <Table.Td>{levelText(row.entry)}</Table.Td>
              <Table.Td>{levelText(row.exit)}</Table.Td>
              <Table.Td>{progressText(row.progress)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
