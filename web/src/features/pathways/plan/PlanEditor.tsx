import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type FormEvent, useMemo, useState } from "react";
import {
  PLAN_ITEM_KIND_LABELS,
  PLAN_ITEM_KINDS,
} from "../../../../../src/domains/programme-rules/programme-rules";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useInternships } from "../../internships/internships-api";
import { PlanCalendar } from "./PlanCalendar";
import { PlanCheckPanel } from "./PlanCheckPanel";
import { PlanItemFields } from "./PlanItemFields";
import { PlanLayout } from "./PlanLayout";
import { PlanProgress } from "./PlanProgress";
import { type PathwayPlanView, useSavePlan } from "./plan-api";
import { type DraftItem, liveCheck, newItem, type PlanDraft, toDraftItems, toPlanItems } from "./plan-draft";
import { formatDay } from "./plan-words";

/**
 * The plan editor: objectives, planned end and items, checked as they are typed by the very rules the
 * server applies on saving. A plan that breaks rules can still be saved, as a draft said not valid.
 */
export function PlanEditor({ pathwayId, view }: { pathwayId: string; view: PathwayPlanView }) {
  const save = useSavePlan(pathwayId);
  const recorded = useInternships(pathwayId);
  const version = view.plan?.version ?? 0;
  const [draft, setDraft] = useState<PlanDraft>(() => ({
    objectives: view.plan?.objectives ?? "",
    plannedEndDate: view.plan?.plannedEndDate ?? "",
    items: view.plan ? toDraftItems(view.plan.items) : [],
  }));
  const [revisionNote, setRevisionNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const live = useMemo(() => liveCheck(view.entryDate, draft, view.rules.rules), [view, draft]);
  const flagged = new Set(
    live.ok
      ? live.check.violations.flatMap((violation) =>
          violation.severity === "error" ? (violation.items ?? []) : [],
        )
      : [],
  );

  const linkedAt = new Map(
    draft.items.flatMap((item, index) =>
      item.kind === "internship" && item.internshipId ? [[item.internshipId, index + 1] as const] : [],
    ),
  );

  const setItem = (key: string, change: Partial<DraftItem>) =>
    setDraft((current) => ({
      ...current,
      items: current.items.map((item) => (item.key === key ? { ...item, ...change } : item)),
    }));
  const removeItem = (key: string) =>
    setDraft((current) => ({ ...current, items: current.items.filter((item) => item.key !== key) }));
  const addItem = (kind: DraftItem["kind"]) =>
    setDraft((current) => ({ ...current, items: [...current.items, newItem(kind, current.items)] }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (version > 0 && !revisionNote.trim()) {
      setNoteError("Indiquez pourquoi vous modifiez le plan.");
      return;
    }
    setNoteError(null);
    save.mutate({
      objectives: draft.objectives,
      plannedEndDate: draft.plannedEndDate,
      items: toPlanItems(draft.items),
      revisionNote: version > 0 ? revisionNote : null,
      expectedVersion: version,
    });
  };

  return (
    <PlanLayout
      main={
        <Card withBorder component="section" aria-labelledby="modifier-plan">
          <Title order={3} size="h4" id="modifier-plan" mb="sm">
            {version === 0 ? "Construire le plan" : `Réviser le plan (version ${version} en vigueur)`}
          </Title>
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={save.error} title="Enregistrement impossible" />
              <ErrorAlert error={recorded.error} title="Stages enregistrés indisponibles" />
              <Textarea
                label="Objectifs"
                autosize
                minRows={2}
                value={draft.objectives}
                onChange={(event) => setDraft({ ...draft, objectives: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label="Fin prévue"
                description={`Entrée dans le parcours le ${formatDay(view.entryDate)}.`}
                required
                value={draft.plannedEndDate}
                onChange={(event) => setDraft({ ...draft, plannedEndDate: event.currentTarget.value })}
              />
              {draft.items.length === 0 && (
                <Text size="sm">
                  Ajoutez les modules, les entretiens, les ateliers et les stages du parcours.
                </Text>
              )}
              {draft.items.map((item, index) => (
                <PlanItemFields
                  key={item.key}
                  item={item}
                  position={index + 1}
                  flagged={flagged.has(index)}
                  recorded={recorded.data?.items ?? []}
                  linkedAt={linkedAt}
                  onChange={(change) => setItem(item.key, change)}
                  onRemove={() => removeItem(item.key)}
                />
              ))}
              <Group gap="xs">
                {PLAN_ITEM_KINDS.map((kind) => (
                  <Button
                    key={kind}
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => addItem(kind)}
                  >
                    Ajouter : {PLAN_ITEM_KIND_LABELS[kind].toLowerCase()}
                  </Button>
                ))}
              </Group>
              {version > 0 && (
                <Textarea
                  label="Pourquoi modifier le plan ?"
                  description="Gardé avec la nouvelle version."
                  required
                  autosize
                  minRows={2}
                  value={revisionNote}
                  error={noteError}
                  onChange={(event) => setRevisionNote(event.currentTarget.value)}
                />
              )}
              {live.ok && !live.check.valid && (
                <Alert color="red" title="Ce plan ne respecte pas les règles du programme">
                  Vous pouvez l'enregistrer comme brouillon ; il restera signalé non conforme.
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {version === 0 ? "Enregistrer le plan" : "Enregistrer la nouvelle version"}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      }
      side={
        <>
          <PlanCheckPanel
            check={live.ok ? live.check : null}
            problems={live.ok ? [] : live.problems}
            ruleVersion={view.rules.version}
            live
          />
          <PlanProgress progress={view.progress} />
        </>
      }
      below={
        <PlanCalendar
          entryDate={view.entryDate}
          plannedEndDate={draft.plannedEndDate}
          items={toPlanItems(draft.items)}
        />
      }
    />
  );
}
