import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import {
  MODULE_LABELS,
  MODULES,
  PLAN_ITEM_KIND_LABELS,
} from "../../../../../src/domains/programme-rules/programme-rules";
import type { InternshipItem } from "../../internships/internships-api";
import type { DraftItem } from "./plan-draft";
import { RecordedInternshipSelect } from "./RecordedInternshipSelect";

const MODULE_OPTIONS = MODULES.map((module) => ({ value: module, label: MODULE_LABELS[module] }));

/** One item of the plan being edited: the fields its kind has, and a button to take it out. */
export function PlanItemFields({
  item,
  position,
  flagged,
  recorded,
  linkedAt,
  onChange,
  onRemove,
}: {
  item: DraftItem;
  position: number;
  /** A rule in error concerns this item. */
  flagged: boolean;
  /** The pathway's recorded internships, and the position of the item each is linked to. */
  recorded: readonly InternshipItem[];
  linkedAt: ReadonlyMap<string, number>;
  onChange: (change: Partial<DraftItem>) => void;
  onRemove: () => void;
}) {
  const legend = `Élément ${position} : ${PLAN_ITEM_KIND_LABELS[item.kind]}`;
  const dated = item.kind === "individual_interview" || item.kind === "workshop";
  const period = item.kind === "internship" || item.kind === "module";
  const optional = item.kind === "internship" ? "" : " (facultatif)";
  return (
    <Fieldset
      legend={legend}
      style={flagged ? { borderColor: "var(--mantine-color-red-7)", borderWidth: 2 } : undefined}
    >
      {flagged && (
        <Text size="sm" c="red.9" mb="xs">
          Une règle n'est pas respectée pour cet élément : voir la vérification.
        </Text>
      )}
      {item.kind === "internship" && (
        <RecordedInternshipSelect item={item} recorded={recorded} linkedAt={linkedAt} onChange={onChange} />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={item.kind === "internship" ? "sm" : 0}>
        {item.kind !== "internship" && (
          <Select
            label={item.kind === "module" ? "Module" : "Module (facultatif)"}
            required={item.kind === "module"}
            clearable={item.kind !== "module"}
            allowDeselect={item.kind !== "module"}
            data={MODULE_OPTIONS}
            value={item.module || null}
            onChange={(value) => onChange({ module: (value ?? "") as DraftItem["module"] })}
          />
        )}
        <NumberInput
          label="Heures"
          required
          min={0}
          decimalScale={2}
          decimalSeparator=","
          value={item.hours}
          onChange={(value) => onChange({ hours: value })}
        />
        <TextInput
          label={item.kind === "internship" ? "Entreprise ou métier (facultatif)" : "Intitulé (facultatif)"}
          value={item.title}
          onChange={(event) => onChange({ title: event.currentTarget.value })}
        />
        {dated && (
          <TextInput
            type="date"
            label="Date (facultatif)"
            value={item.date}
            onChange={(event) => onChange({ date: event.currentTarget.value })}
          />
        )}
        {period && (
          <>
            <TextInput
              type="date"
              label={`Du${optional}`}
              required={item.kind === "internship"}
              value={item.start}
              onChange={(event) => onChange({ start: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={`Au${optional}`}
              required={item.kind === "internship"}
              value={item.end}
              onChange={(event) => onChange({ end: event.currentTarget.value })}
            />
          </>
        )}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button
          variant="subtle"
          color="red"
          size="xs"
          onClick={onRemove}
          aria-label={`Retirer l'élément ${position}`}
        >
          Retirer
        </Button>
      </Group>
    </Fieldset>
  );
}
