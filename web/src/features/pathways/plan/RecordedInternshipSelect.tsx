import { NativeSelect } from "@mantine/core";
import type { InternshipItem } from "../../internships/internships-api";
import type { DraftItem } from "./plan-draft";
import { recordedInternshipLabel } from "./plan-words";

/**
 * « Stage enregistré »: which of the pathway's recorded internships an internship of the plan stands
 * for. Choosing one takes its dates and hours (still editable); a cancelled one is offered only if
 * already chosen, and one chosen by another item cannot be chosen twice.
 */
export function RecordedInternshipSelect({
  item,
  recorded,
  linkedAt,
  onChange,
}: {
  item: DraftItem;
  recorded: readonly InternshipItem[];
  /** Each linked internship's item position. */
  linkedAt: ReadonlyMap<string, number>;
  onChange: (change: Partial<DraftItem>) => void;
}) {
  const options = recorded
    .filter((internship) => internship.status !== "cancelled" || internship.id === item.internshipId)
    .map((internship) => {
      const elsewhere = internship.id !== item.internshipId ? linkedAt.get(internship.id) : undefined;
      const label = recordedInternshipLabel(internship);
      return elsewhere === undefined
        ? { value: internship.id, label }
        : { value: internship.id, label: `${label} — relié à l'élément ${elsewhere}`, disabled: true };
    });
  const choose = (id: string) => {
    const internship = recorded.find((candidate) => candidate.id === id);
    onChange(
      internship
        ? { internshipId: id, start: internship.startDate, end: internship.endDate, hours: internship.hours }
        : { internshipId: "" },
    );
  };
  return (
    <NativeSelect
      label="Stage enregistré"
      description={
        item.internshipId
          ? "Dates et heures reprises du stage ; vous pouvez les changer."
          : "Reliez ce stage à celui enregistré dans l'onglet Stages pour compter ses heures faites."
      }
      data={[{ value: "", label: "Aucun" }, ...options]}
      value={item.internshipId}
      onChange={(event) => choose(event.currentTarget.value)}
    />
  );
}
