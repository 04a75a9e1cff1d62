import { Card, Progress, Stack, Text, Title } from "@mantine/core";
import { MODULE_LABELS } from "../../../../../src/domains/programme-rules/programme-rules";
import type { PathwayPlanView } from "./plan-api";
import { formatDay, hours } from "./plan-words";

/** One line: what, the numbers in words, and a bar for the eye. */
function Row({ label, done, planned }: { label: string; done: number | null; planned: number }) {
  const words =
    done === null
      ? `${hours(planned)} prévues (stage pas encore relié à sa convention)`
      : `${hours(done)} faites sur ${hours(planned)} prévues`;
  const value = done === null || planned === 0 ? 0 : Math.min(100, (done / planned) * 100);
  return (
    <div>
      <Text size="sm">
        <strong>{label}</strong> : {words}
      </Text>
      <Progress value={value} aria-label={`${label} : ${words}`} size="md" mt={4} />
    </div>
  );
}

/** Planned against done, per module and per internship: always beside the plan. */
export function PlanProgress({ progress }: { progress: PathwayPlanView["progress"] }) {
  return (
    <Card withBorder component="section" aria-labelledby="heures-plan">
      <Title order={3} size="h4" id="heures-plan" mb="xs">
        Heures prévues et faites
      </Title>
      <Stack gap="sm">
        {progress.modules.map((row) => (
          <Row key={row.module} label={MODULE_LABELS[row.module]} done={row.done} planned={row.planned} />
        ))}
        {progress.unassignedPlanned > 0 && (
          <Text size="sm">Sans module précisé : {hours(progress.unassignedPlanned)} prévues.</Text>
        )}
        {progress.internships.map((row) => (
          <Row
            key={row.position}
            label={`Stage ${row.position} (${formatDay(row.start)} – ${formatDay(row.end)})`}
            done={row.done}
            planned={row.planned}
          />
        ))}
        <Row
          label="Tous les stages"
          done={progress.allInternships.done}
          planned={progress.allInternships.planned}
        />
      </Stack>
    </Card>
  );
}
