import { Button, Group, List, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import {
  SELF_CHECK_QUESTIONS,
  type SelfCheckAnswers,
  type SelfCheckVerdict,
  selfCheckVerdict,
} from "../../../../src/domains/public-offer/self-check";

const VERDICT_COLOURS: Record<SelfCheckVerdict["kind"], string> = {
  likely_yes: "green",
  talk_to_advisor: "blue",
  other_service: "gray",
};

/** « Est-ce pour moi ? »: yes/no questions, then a plain answer with what to do next. */
export function SelfCheck() {
  const [answers, setAnswers] = useState<SelfCheckAnswers>({});
  const verdict = selfCheckVerdict(answers);
  return (
    <Stack component="section" aria-labelledby="est-ce-pour-moi" gap="md">
      <Title order={2} id="est-ce-pour-moi">
        Est-ce pour moi ?
      </Title>
      <Text>Répondez à ces {SELF_CHECK_QUESTIONS.length} questions. Rien n'est enregistré.</Text>
      {SELF_CHECK_QUESTIONS.map((question, index) => (
        <Radio.Group
          key={question.id}
          label={`${index + 1}. ${question.text}`}
          size="md"
          value={answers[question.id] === undefined ? null : answers[question.id] ? "oui" : "non"}
          onChange={(value) => setAnswers((previous) => ({ ...previous, [question.id]: value === "oui" }))}
        >
          <Group gap="xl" mt="xs">
            <Radio value="oui" label="Oui" size="md" py={6} />
            <Radio value="non" label="Non" size="md" py={6} />
          </Group>
        </Radio.Group>
      ))}
      <div aria-live="polite">
        {verdict && <Verdict verdict={verdict} onRestart={() => setAnswers({})} />}
      </div>
    </Stack>
  );
}

function Verdict({ verdict, onRestart }: { verdict: SelfCheckVerdict; onRestart: () => void }) {
  const colour = VERDICT_COLOURS[verdict.kind];
  return (
    <Paper withBorder p="md" bg={`${colour}.0`} style={{ borderColor: `var(--mantine-color-${colour}-4)` }}>
      <Stack gap="sm">
        <Title order={3}>{verdict.title}</Title>
        <Text>{verdict.explanation}</Text>
        <List spacing="sm">
          {verdict.nextSteps.map((step) => (
            <List.Item key={step.text}>
              <Text>{step.text}</Text>
              {step.link && (
                <Button component={Link} to={step.link.to} size="md" mt={6}>
                  {step.link.label}
                </Button>
              )}
            </List.Item>
          ))}
        </List>
        <Button variant="default" onClick={onRestart} size="md" w="fit-content">
          Recommencer
        </Button>
      </Stack>
    </Paper>
  );
}
