import { Stack, Tabs, Text, Title } from "@mantine/core";
import { SKILL_MOMENT_LABELS, SKILL_MOMENTS } from "../../../../src/domains/skills/skill-domains";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { SkillAssessmentForm } from "./SkillAssessmentForm";
import { SkillProgressChart } from "./SkillProgressChart";
import { type SkillsView, useSkills } from "./skills-api";

/** The « Compétences » tab: the seven CléA domains at entry and exit, and the progress. */
export default function SkillsPanel({ pathway }: { pathway: PathwayDetail }) {
  const skills = useSkills(pathway.id);
  if (skills.isPending) return <PageLoader />;
  if (skills.isError) return <ErrorAlert error={skills.error} />;
  const view = skills.data;
  return (
    <Stack gap="lg">
      <section aria-labelledby="skills-progress">
        <Title order={2} size="h3" id="skills-progress" mb="xs">
          Progrès
        </Title>
        {SKILL_MOMENTS.map((moment) => (
          <Text key={moment} size="sm">
            {SKILL_MOMENT_LABELS[moment]} : {assessedText(view[moment])}
          </Text>
        ))}
        <SkillProgressChart domains={view.domains} />
      </section>
      {pathway.may.manage && (
        <section aria-labelledby="skills-assess">
          <Title order={2} size="h3" id="skills-assess" mb="xs">
            Évaluer
          </Title>
          <Tabs defaultValue={view.entry ? "exit" : "entry"} keepMounted={false}>
            <Tabs.List>
              {SKILL_MOMENTS.map((moment) => (
                <Tabs.Tab key={moment} value={moment} disabled={moment === "exit" && !view.entry}>
                  {SKILL_MOMENT_LABELS[moment]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {SKILL_MOMENTS.map((moment) => (
              <Tabs.Panel key={moment} value={moment} pt="md">
                <SkillAssessmentForm pathwayId={pathway.id} moment={moment} view={view} />
              </Tabs.Panel>
            ))}
          </Tabs>
          {!view.entry && (
            <Text size="sm" c="dimmed" mt="xs">
              La sortie s'évalue une fois l'entrée évaluée.
            </Text>
          )}
        </section>
      )}
    </Stack>
  );
}

/** « évaluée le 7 septembre 2026 par Jo Formateur — remarque », or that it is still to do. */
function assessedText(facts: SkillsView["entry"]): string {
  if (!facts) return "pas encore évaluée";
  const by = facts.assessedBy ? ` par ${facts.assessedBy}` : "";
  const note = facts.note ? ` — ${facts.note}` : "";
  return `évaluée le ${formatDate(facts.assessedAt)}${by}${note}`;
}
