import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { SITUATION_LABELS, SITUATIONS } from "../../../../src/domains/outcomes/situation-vocabulary";
import {
  GENDER_LABELS,
  GENDERS,
  QUALIFICATION_LEVEL_LABELS,
  QUALIFICATION_LEVELS,
} from "../../../../src/domains/people/profile-vocabulary";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel";
import type { PathwayDetail } from "../pathways/pathways-api";
import { Facts } from "../territory/Facts";
import { yesNo } from "./exit-words";
import { type EntryProfile, useSaveEntryProfile } from "./exits-api";

const UNKNOWN = "";
const options = <T extends string>(values: readonly T[], labels: Record<T, string>, unknown: string) => [
  { value: UNKNOWN, label: unknown },
  ...values.map((value) => ({ value, label: labels[value] })),
];

/** « Profil à l'entrée »: what is asked at entry; the training staff complete or change it. */
export function EntryProfileCard({ pathway }: { pathway: PathwayDetail }) {
  const [editing, setEditing] = useState(false);
  const profile = pathway.entryProfile;
  return (
    <Card withBorder component="section" aria-labelledby="entry-profile">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="entry-profile">
            Profil à l'entrée
          </Title>
          {profile.situationBefore12m === null && (
            <Badge color="orange.9" c="dark.7" variant="outline">
              À compléter
            </Badge>
          )}
        </Group>
        {pathway.may.manage && !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            {profile.situationBefore12m === null ? "Compléter le profil" : "Modifier le profil"}
          </Button>
        )}
      </Group>
      {editing ? (
        <EntryProfileForm pathwayId={pathway.id} profile={profile} onDone={() => setEditing(false)} />
      ) : (
        <Facts
          facts={[
            {
              label: "Situation 12 mois avant l'entrée",
              value: profile.situationBefore12m
                ? SITUATION_LABELS[profile.situationBefore12m]
                : "Non renseignée",
            },
            {
              label: "Niveau de qualification",
              value: profile.qualificationLevel
                ? QUALIFICATION_LEVEL_LABELS[profile.qualificationLevel]
                : "Inconnu",
            },
            { label: "A travaillé dans les 12 derniers mois", value: yesNo(profile.workedPrior12m) },
            { label: "Genre", value: profile.gender ? GENDER_LABELS[profile.gender] : "Non renseigné" },
            { label: "RQTH", value: profile.rqth ? "Oui" : "Non" },
            { label: "Habite un quartier prioritaire (QPV)", value: profile.qpv ? "Oui" : "Non" },
          ]}
        />
      )}
    </Card>
  );
}

type Values = {
  situationBefore12m: string;
  qualificationLevel: string;
  workedPrior12m: string;
  gender: string;
  rqth: boolean;
  qpv: boolean;
};

function EntryProfileForm({
  pathwayId,
  profile,
  onDone,
}: {
  pathwayId: string;
  profile: EntryProfile;
  onDone: () => void;
}) {
  const save = useSaveEntryProfile(pathwayId);
  const form = useForm<Values>({
    initialValues: {
      situationBefore12m: profile.situationBefore12m ?? UNKNOWN,
      qualificationLevel: profile.qualificationLevel ?? UNKNOWN,
      workedPrior12m: profile.workedPrior12m === null ? UNKNOWN : String(profile.workedPrior12m),
      gender: profile.gender ?? UNKNOWN,
      rqth: profile.rqth,
      qpv: profile.qpv,
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        situationBefore12m: (values.situationBefore12m || null) as EntryProfile["situationBefore12m"],
        qualificationLevel: (values.qualificationLevel || null) as EntryProfile["qualificationLevel"],
        workedPrior12m: values.workedPrior12m === UNKNOWN ? null : values.workedPrior12m === "true",
        gender: (values.gender || null) as EntryProfile["gender"],
        rqth: values.rqth,
        qpv: values.qpv,
      },
      { onSuccess: onDone },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Profil à l'entrée">
      <Stack>
        <ErrorAlert error={save.error} title="Profil non enregistré" />
        <Alert color="gray" variant="light">
          Ce que la personne déclare à son entrée ; laissez « inconnu » ce qu'elle ne sait pas ou ne souhaite
          pas dire.
        </Alert>
        <NativeSelect
          label="Situation 12 mois avant l'entrée"
          data={options(SITUATIONS, SITUATION_LABELS, "À renseigner")}
          {...form.getInputProps("situationBefore12m")}
        />
        <NativeSelect
          label="Niveau de qualification (nomenclature 2019)"
          data={options(QUALIFICATION_LEVELS, QUALIFICATION_LEVEL_LABELS, "Inconnu")}
          {...form.getInputProps("qualificationLevel")}
        />
        <Radio.Group label="A travaillé dans les 12 derniers mois" {...form.getInputProps("workedPrior12m")}>
          <Group gap="md" mt={4}>
            <Radio value="true" label="Oui" />
            <Radio value="false" label="Non" />
            <Radio value={UNKNOWN} label="Inconnu" />
          </Group>
        </Radio.Group>
        <NativeSelect
          label="Genre"
          data={options(GENDERS, GENDER_LABELS, "Non renseigné")}
          {...form.getInputProps("gender")}
        />
        <Checkbox
          label="Reconnaissance de la qualité de travailleur handicapé (RQTH)"
          {...form.getInputProps("rqth", { type: "checkbox" })}
        />
        <Checkbox
          label="Habite un quartier prioritaire de la ville (QPV)"
          {...form.getInputProps("qpv", { type: "checkbox" })}
        />
        <SubmitOrCancel label="Enregistrer le profil" pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
