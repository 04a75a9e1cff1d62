import { Card, Progress, Stack, Text, Title } from "@mantine/core";
import { MODULE_LABELS } from "../../../../../src/domains/programme-rules/programme-rules";
import type { PathwaySummary } from "../pathways-api";
import { usePathwayPlan } from "./plan-api";
import { hours } from "./plan-words";

/** « Mes heures », in the trainee's space: per module and for the internships, done out of planned. */
export default function MyHoursSection({ pathway }: { pathway: PathwaySummary }) {
  const plan = usePathwayPlan(pathway.id);
  const progress = plan.data?.progress;
  if (!progress) return null;
  const lines = [
    ...progress.modules.map((row) => ({
      label: MODULE_LABELS[row.module],
      done: row.done,
      planned: row.planned,
    })),
    { label: "Stages", done: progress.allInternships.done, planned: progress.allInternships.planned },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mes-heures">
      <Title order={2} size="h3" mb="xs" id="mes-heures">
        Mes heures
      </Title>
      {!plan.data?.plan && (
        <Text size="lg" mb="sm">
          Votre plan n'est pas encore prêt. Votre organisme de formation le prépare avec vous.
        </Text>
      )}
      <Stack gap="md">
        {lines.map((line) => {
          const words = `${line.label} : ${hours(line.done)} faites sur ${hours(line.planned)} prévues`;
          return (
            <div key={line.label}>
              <Text size="lg">{words}</Text>
              <Progress
                value={line.planned === 0 ? 0 : Math.min(100, (line.done / line.planned) * 100)}
                aria-label={words}
                size="lg"
                mt={4}
              />
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
