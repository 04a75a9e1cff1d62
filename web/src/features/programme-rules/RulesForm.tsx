import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  MODULE_LABELS,
  MODULES,
  type Module,
  type ProgrammeRules,
  type Severity,
} from "../../../../src/domains/programme-rules/programme-rules";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type ProgrammeRulesVersion, useSaveRules } from "./programme-rules-api";

type Bound = number | string;
type Values = {
  totalHours: { min: Bound; max: Bound };
  weeks: { min: Bound; max: Bound };
  modules: Record<Module, { required: boolean; minHours: Bound; maxHours: Bound }>;
  internships: { count: Bound; countSeverity: Severity; sharePercent: { min: Bound; max: Bound } };
  interviewsCount: boolean;
  workshopsCount: boolean;
  note: string;
};

const toValues = (rules: ProgrammeRules): Values => ({
  totalHours: rules.totalHours,
  weeks: rules.weeks,
  modules: Object.fromEntries(
    MODULES.map((module) => {
      const rule = rules.modules[module];
      return [
        module,
        { required: rule.required, minHours: rule.minHours ?? "", maxHours: rule.maxHours ?? "" },
      ];
    }),
  ) as Values["modules"],
  internships: {
    count: rules.internships.count,
    countSeverity: rules.internships.countSeverity,
    sharePercent: {
      min: Math.round(rules.internships.share.min * 1000) / 10,
      max: Math.round(rules.internships.share.max * 1000) / 10,
    },
  },
  interviewsCount: rules.otherKinds.individual_interview.countsAsModuleHours,
  workshopsCount: rules.otherKinds.workshop.countsAsModuleHours,
  note: "",
});

const num = (value: Bound) => (value === "" ? Number.NaN : Number(value));
const optional = (value: Bound) => (value === "" ? null : Number(value));

const toRules = (values: Values): ProgrammeRules => ({
  totalHours: { min: num(values.totalHours.min), max: num(values.totalHours.max) },
  weeks: { min: num(values.weeks.min), max: num(values.weeks.max) },
  modules: Object.fromEntries(
    MODULES.map((module) => {
      const rule = values.modules[module];
      return [
        module,
        { required: rule.required, minHours: optional(rule.minHours), maxHours: optional(rule.maxHours) },
      ];
    }),
  ) as ProgrammeRules["modules"],
  internships: {
    count: num(values.internships.count),
    countSeverity: values.internships.countSeverity,
    share: {
      min: Math.round(num(values.internships.sharePercent.min) * 100) / 10_000,
      max: Math.round(num(values.internships.sharePercent.max) * 100) / 10_000,
    },
  },
  otherKinds: {
    individual_interview: { countsAsModuleHours: values.interviewsCount },
    workshop: { countsAsModuleHours: values.workshopsCount },
  },
});

const filled = (value: Bound) => (value === "" ? "Indiquez un nombre." : null);
const minUnderMax = (max: string) => (value: Bound, values: Values) => {
  const limit = max.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], values);
  return filled(value) ?? (num(value) > num(limit as Bound) ? "Le minimum dépasse le maximum." : null);
};

/** A pair of numbers (minimum, maximum) in one row. */
function Bounds({
  legend,
  unit,
  inputProps,
  path,
}: {
  legend: string;
  unit: string;
  inputProps: (path: string) => object;
  path: string;
}) {
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput label={`Minimum (${unit})`} min={0} required {...inputProps(`${path}.min`)} />
        <NumberInput label={`Maximum (${unit})`} min={0} required {...inputProps(`${path}.max`)} />
      </SimpleGrid>
    </Fieldset>
  );
}

/** The Region's form: every rule, why it changes, and a new version once saved. */
export function RulesForm({ current, onDone }: { current: ProgrammeRulesVersion; onDone: () => void }) {
  const save = useSaveRules();
  const form = useForm<Values>({
    initialValues: toValues(current.rules),
    validate: {
      totalHours: { min: minUnderMax("totalHours.max"), max: filled },
      weeks: { min: minUnderMax("weeks.max"), max: filled },
      internships: {
        count: filled,
        sharePercent: {
          min: minUnderMax("internships.sharePercent.max"),
          max: (value) => filled(value) ?? (num(value) > 100 ? "100 % au plus." : null),
        },
      },
      note: (value) => (value.trim() ? null : "Dites pourquoi les règles changent."),
    },
  });
  const submit = (values: Values) =>
    save.mutate(
      { rules: toRules(values), note: values.note, expectedVersion: current.version },
      {
        onSuccess: (saved) => {
          notifications.show({
            title: "Règles enregistrées",
            message: `Version ${saved.version} : elle s'applique aux plans construits à partir de maintenant.`,
          });
          onDone();
        },
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Modifier les règles du programme">
      <Stack maw={760}>
        <Text size="sm">Les champs marqués d'un astérisque (*) sont obligatoires.</Text>
        <ErrorAlert error={save.error} title="Enregistrement impossible" />
        <Bounds legend="Heures du parcours" unit="heures" inputProps={form.getInputProps} path="totalHours" />
        <Bounds
          legend="Durée, de l'entrée à la fin prévue"
          unit="semaines"
          inputProps={form.getInputProps}
          path="weeks"
        />
        {MODULES.map((module) => (
          <Fieldset key={module} legend={`Module ${MODULE_LABELS[module]}`}>
            <Stack gap="sm">
              <Checkbox
                label="Obligatoire : le plan doit lui donner des heures"
                {...form.getInputProps(`modules.${module}.required`, { type: "checkbox" })}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <NumberInput
                  label="Heures au moins (facultatif)"
                  min={0}
                  {...form.getInputProps(`modules.${module}.minHours`)}
                />
                <NumberInput
                  label="Heures au plus (facultatif)"
                  min={0}
                  {...form.getInputProps(`modules.${module}.maxHours`)}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
        ))}
        <Fieldset legend="Stages en entreprise">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput
                label="Nombre de stages"
                min={0}
                allowDecimal={false}
                required
                {...form.getInputProps("internships.count")}
              />
              <Select
                label="Un autre nombre de stages est"
                data={[
                  { value: "warning", label: "un avertissement" },
                  { value: "error", label: "une erreur" },
                ]}
                allowDeselect={false}
                {...form.getInputProps("internships.countSeverity")}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput
                label="Part des heures en stage, au moins (%)"
                min={0}
                max={100}
                required
                {...form.getInputProps("internships.sharePercent.min")}
              />
              <NumberInput
                label="Part des heures en stage, au plus (%)"
                min={0}
                max={100}
                required
                {...form.getInputProps("internships.sharePercent.max")}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Entretiens individuels et ateliers collectifs">
          <Stack gap="sm">
            <Checkbox
              label="Les entretiens individuels comptent comme heures de module"
              {...form.getInputProps("interviewsCount", { type: "checkbox" })}
            />
            <Checkbox
              label="Les ateliers collectifs comptent comme heures de module"
              {...form.getInputProps("workshopsCount", { type: "checkbox" })}
            />
          </Stack>
        </Fieldset>
        <Textarea
          label="Pourquoi ce changement ?"
          description="Gardé dans l'historique des versions."
          required
          autosize
          minRows={2}
          {...form.getInputProps("note")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            Enregistrer une nouvelle version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
