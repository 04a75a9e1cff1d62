import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import type { PlanCheck } from "../../../../../src/domains/programme-rules/check-plan";
import { hours, percent, readableProblem } from "./plan-words";

function Total({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/**
 * The rule check beside the plan: its totals and each broken rule's reason in French, errors first
 * marked as such; or, while the plan is not complete enough to be checked, what is missing.
 */
export function PlanCheckPanel({
  check,
  problems = [],
  ruleVersion,
  live = false,
}: {
  check: PlanCheck | null;
  problems?: string[];
  ruleVersion: number;
  live?: boolean;
}) {
  const errors = check?.violations.filter((violation) => violation.severity === "error") ?? [];
  const warnings = check?.violations.filter((violation) => violation.severity === "warning") ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="verification-plan">
      <Title order={3} size="h4" id="verification-plan" mb="xs">
        Vérification des règles
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Règles du programme, version {ruleVersion}.
      </Text>
      <div aria-live={live ? "polite" : undefined}>
        {problems.length > 0 && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Plan incomplet">
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem}>{readableProblem(problem)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {check && (
          <Stack gap="sm">
            {check.valid ? (
              <Alert
                color="green"
                icon={<IconCircleCheck aria-hidden />}
                title="Le plan respecte les règles du programme"
                styles={{ title: { color: "var(--mantine-color-text)" } }}
              >
                {warnings.length > 0 ? "Avec un avertissement à lire ci-dessous." : null}
              </Alert>
            ) : (
              <Alert
                color="red"
                icon={<IconAlertTriangle aria-hidden />}
                title="Le plan ne respecte pas les règles du programme"
              >
                {errors.length === 1
                  ? "Une règle n'est pas respectée."
                  : `${errors.length} règles ne sont pas respectées.`}
              </Alert>
            )}
            {check.violations.length > 0 && (
              <Stack
                component="ul"
                gap="xs"
                m={0}
                p={0}
                style={{ listStyle: "none" }}
                aria-label="Règles non respectées"
              >
                {check.violations.map((violation) => (
                  <li key={`${violation.rule}-${violation.message}`}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge
                        color={violation.severity === "error" ? "red.9" : "yellow.9"}
                        c={violation.severity === "error" ? "red.9" : "dark.7"}
                        variant="outline"
                        style={{ flexShrink: 0 }}
                      >
                        {violation.severity === "error" ? "Erreur" : "Avertissement"}
                      </Badge>
                      <Text size="sm">{violation.message}</Text>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
              <Total label="Heures au total" value={hours(check.totals.hours)} />
              <Total label="Heures de module" value={hours(check.totals.moduleHours)} />
              <Total label="Heures de stage" value={hours(check.totals.internshipHours)} />
              <Total label="Part des stages" value={percent(check.totals.internshipShare)} />
              <Total label="Durée" value={`${check.totals.weeks.toLocaleString("fr-FR")} semaines`} />
              <Total label="Stages" value={String(check.totals.internships)} />
            </SimpleGrid>
          </Stack>
        )}
      </div>
    </Card>
  );
}
