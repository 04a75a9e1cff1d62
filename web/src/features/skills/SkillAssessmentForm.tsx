import { Alert, Button, Group, Radio, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  SKILL_DOMAIN_LABELS,
  SKILL_DOMAINS,
  SKILL_LEVEL_LABELS,
  SKILL_LEVELS,
  SKILL_MOMENT_LABELS,
  type SkillDomain,
  type SkillMoment,
} from "../../../../src/domains/skills/skill-domains";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type SkillsView, useAssessSkills } from "./skills-api";

type Values = Record<SkillDomain, string> & { note: string };

/** One assessment (entry or exit): a level for each of the seven domains, and a note. */
export function SkillAssessmentForm({
  pathwayId,
  moment,
  view,
}: {
  pathwayId: string;
  moment: SkillMoment;
  view: SkillsView;
}) {
  const assess = useAssessSkills(pathwayId, moment);
  const form = useForm<Values>({
    initialValues: {
      ...(Object.fromEntries(
        view.domains.map((row) => [row.domain, row[moment] === null ? "" : String(row[moment])]),
      ) as Record<SkillDomain, string>),
      note: view[moment]?.note ?? "",
    },
    validate: Object.fromEntries(
      SKILL_DOMAINS.map((domain) => [domain, (value: string) => (value ? null : "Choisissez un niveau.")]),
    ),
  });
  const submit = form.onSubmit((values) =>
    assess.mutate({
      levels: Object.fromEntries(SKILL_DOMAINS.map((domain) => [domain, Number(values[domain])])) as Record<
        SkillDomain,
        number
      >,
      note: values.note,
    }),
  );
  const title = `Évaluation ${moment === "entry" ? "à l'entrée" : "à la sortie"}`;

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <ErrorAlert error={assess.error} title="Évaluation non enregistrée" />
        {assess.isSuccess && (
          <Alert role="status" color="region">
            {SKILL_MOMENT_LABELS[moment]} : évaluation enregistrée.
          </Alert>
        )}
        {SKILL_DOMAINS.map((domain) => (
          <Radio.Group
            key={domain}
            label={SKILL_DOMAIN_LABELS[domain]}
            required
            withAsterisk={false}
            {...form.getInputProps(domain)}
          >
            <Group gap="md" mt={4}>
              {SKILL_LEVELS.map((level) => (
                <Radio key={level} value={String(level)} label={`${level} — ${SKILL_LEVEL_LABELS[level]}`} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Textarea
          label="Remarque (facultatif)"
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps("note")}
        />
        <Button type="submit" loading={assess.isPending} style={{ alignSelf: "flex-start" }}>
          Enregistrer l'évaluation
        </Button>
      </Stack>
    </form>
  );
}
