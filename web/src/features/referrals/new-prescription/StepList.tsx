import { Group, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { STEP_TITLES, type Step } from "./prescription-form";

/** The four steps, the current one marked (for screen readers too); wraps on a phone. */
export function StepList({ current }: { current: Step }) {
  return (
    <Group
      component="ol"
      aria-label="Étapes de la prescription"
      gap="md"
      mb="lg"
      p={0}
      style={{ listStyle: "none" }}
    >
      {STEP_TITLES.map((title, index) => (
        <Group
          component="li"
          key={title}
          gap={6}
          wrap="nowrap"
          aria-current={index === current ? "step" : undefined}
        >
          <ThemeIcon size="sm" radius="xl" variant={index <= current ? "filled" : "outline"} aria-hidden>
            {index < current ? <IconCheck size={14} /> : <span>{index + 1}</span>}
          </ThemeIcon>
          <Text fw={index === current ? 700 : 400} td={index === current ? "underline" : undefined}>
            {title}
            {index < current && <VisuallyHidden> (faite)</VisuallyHidden>}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
