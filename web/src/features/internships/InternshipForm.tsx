import { Group, NumberInput, Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  INTERNSHIP_OBJECTIVE_LABELS,
  INTERNSHIP_OBJECTIVES,
  type InternshipObjective,
} from "../../../../src/domains/internships/internship-vocabulary";
import type { InternshipBody } from "../../../../src/domains/internships/internships.schemas";
import { ROME_SUBSET } from "../../../../src/domains/internships/rome-subset";
import { ActionForm } from "../referrals/actions/ActionForm";
import { HostCompanyPicker } from "./HostCompanyPicker";
import {
  type HostCompany,
  type InternshipItem,
  useCreateInternship,
  useUpdateInternship,
} from "./internships-api";

const ROME_OPTIONS = ROME_SUBSET.map((job) => ({ value: job.code, label: `${job.code} — ${job.label}` }));
const OBJECTIVE_OPTIONS = INTERNSHIP_OBJECTIVES.map((value) => ({
  value,
  label: INTERNSHIP_OBJECTIVE_LABELS[value],
}));

type Values = Omit<InternshipBody, "hostCompanyId" | "hours" | "romeCode" | "objective"> & {
  company: HostCompany | null;
  hours: number | string;
  romeCode: string | null;
  objective: InternshipObjective | null;
};

const valuesOf = (internship: InternshipItem | null): Values => ({
  company: internship?.hostCompany ?? null,
  tutorName: internship?.tutorName ?? "",
  tutorJobTitle: internship?.tutorJobTitle ?? "",
  tutorEmail: internship?.tutorEmail ?? "",
  tutorPhone: internship?.tutorPhone ?? "",
  startDate: internship?.startDate ?? "",
  endDate: internship?.endDate ?? "",
  dailySchedule: internship?.dailySchedule ?? "",
  hours: internship?.hours ?? "",
  romeCode: internship?.romeCode ?? null,
  objective: internship?.objective ?? null,
  activities: internship?.activities ?? "",
});

/** A new internship, or a draft's changes: the company, the tutor, when, how long, which job and why. */
export function InternshipForm({
  pathwayId,
  internship,
  onDone,
}: {
  pathwayId: string;
  internship: InternshipItem | null;
  onDone: () => void;
}) {
  const create = useCreateInternship(pathwayId);
  const update = useUpdateInternship(pathwayId, internship?.id ?? "");
  const save = internship ? update : create;
  const form = useForm<Values>({
    initialValues: valuesOf(internship),
    validate: {
      company: (value) => (value ? null : "Choisissez l'entreprise d'accueil."),
      romeCode: (value) => (value ? null : "Choisissez le métier découvert."),
      objective: (value) => (value ? null : "Choisissez l'objectif du stage."),
      hours: (value) => (typeof value === "number" && value > 0 ? null : "Indiquez le nombre d'heures."),
    },
  });
  const submit = ({ company, hours, romeCode, objective, ...rest }: Values) =>
    save.mutate(
      {
        ...rest,
        hostCompanyId: company?.id ?? "",
        hours: Number(hours),
        romeCode: romeCode ?? "",
        objective: objective as InternshipObjective,
      },
      { onSuccess: onDone },
    );
  return (
    <ActionForm
      intro="Le stage est enregistré en préparation : il peut être modifié jusqu'à l'envoi de la convention pour signature. Au plus 35 heures par semaine en moyenne, pendant le parcours."
      error={save.error}
      pending={save.isPending}
      submitLabel={internship ? "Enregistrer les changements" : "Enregistrer le stage"}
      onSubmit={form.onSubmit(submit)}
      onCancel={onDone}
    >
      <HostCompanyPicker
        value={form.values.company}
        initial={internship?.hostCompany ?? null}
        onChange={(company) => form.setFieldValue("company", company)}
        error={form.errors.company}
      />
      <Group grow align="flex-start">
        <TextInput label="Tuteur ou tutrice (prénom et nom)" required {...form.getInputProps("tutorName")} />
        <TextInput label="Sa fonction" {...form.getInputProps("tutorJobTitle")} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Son adresse e-mail" type="email" required {...form.getInputProps("tutorEmail")} />
        <TextInput label="Son téléphone" type="tel" {...form.getInputProps("tutorPhone")} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Premier jour" type="date" required {...form.getInputProps("startDate")} />
        <TextInput label="Dernier jour" type="date" required {...form.getInputProps("endDate")} />
      </Group>
      <TextInput
        label="Horaires de la journée"
        description="Par exemple : du lundi au vendredi, 9 h – 12 h et 13 h 30 – 17 h"
        required
        {...form.getInputProps("dailySchedule")}
      />
      <NumberInput
        label="Nombre d'heures au total"
        min={0}
        step={0.5}
        decimalSeparator=","
        required
        {...form.getInputProps("hours")}
      />
      <Select
        label="Métier découvert (code ROME)"
        description="Tapez un mot du métier ou le code."
        searchable
        required
        data={ROME_OPTIONS}
        nothingFoundMessage="Aucun métier de la liste ne correspond."
        {...form.getInputProps("romeCode")}
      />
      <Select
        label="Objectif du stage"
        required
        data={OBJECTIVE_OPTIONS}
        {...form.getInputProps("objective")}
      />
      <Textarea label="Activités confiées" autosize minRows={2} {...form.getInputProps("activities")} />
    </ActionForm>
  );
}
