import { Badge, Button, Card, Group, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useId } from "react";
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import type { AttendanceSheet } from "./sessions-api";

/** What the trainer has chosen for one trainee, not saved yet; hours as typed (« 1,5 »). */
export type Draft = { status: AttendanceStatus | null; hours: string };

/** Dark enough for white text (contrast above 4.5:1). */
const COLORS: Record<AttendanceStatus, string> = {
  present: "#1e6b30",
  late: "#a63c06",
  absent_excused: "blue.8",
  absent_unexcused: "red.9",
};

/** One trainee on the attendance sheet: four big buttons, and the hours done when late. */
export function AttendanceRow({
  name,
  mark,
  draft,
  sessionHours,
  disabled,
  error,
  onChange,
}: {
  name: string;
  mark: AttendanceSheet["items"][number]["mark"];
  draft: Draft;
  sessionHours: number;
  disabled: boolean;
  /** Why the API refused this trainee's mark. */
  error?: string;
  onChange: (draft: Draft) => void;
}) {
  const nameId = useId();
  return (
    <Card withBorder padding="sm" role="group" aria-labelledby={nameId}>
      <Group justify="space-between" mb="xs">
        <Text fw={700} size="lg" id={nameId}>
          {name}
        </Text>
        {mark?.confirmedByTraineeAt && (
          <Badge color="green.9" c="dark.7" variant="outline">
            Confirmé
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={2} spacing="xs">
        {ATTENDANCE_STATUSES.map((status) => (
          <Button
            key={status}
            size="lg"
            h={56}
            px="xs"
            disabled={disabled}
            color={COLORS[status]}
            variant={draft.status === status ? "filled" : "default"}
            aria-pressed={draft.status === status}
            onClick={() => onChange({ ...draft, status })}
            styles={{
              label: { whiteSpace: "normal", textAlign: "center", fontSize: "var(--mantine-font-size-sm)" },
            }}
          >
            {ATTENDANCE_STATUS_LABELS[status]}
          </Button>
        ))}
      </SimpleGrid>
      {draft.status === "late" && (
        <TextInput
          mt="sm"
          size="md"
          label={`Heures faites (sur ${sessionHours.toString().replace(".", ",")} h)`}
          inputMode="decimal"
          required
          disabled={disabled}
          value={draft.hours}
          error={error}
          onChange={(event) => onChange({ ...draft, hours: event.currentTarget.value })}
        />
      )}
      {error && draft.status !== "late" && (
        <Text c="red.9" mt="xs" role="alert">
          {error}
        </Text>
      )}
    </Card>
  );
}
