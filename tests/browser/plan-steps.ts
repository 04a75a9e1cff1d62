import type { Page } from "@playwright/test";

/** The plan editor's `position`-th item (from 1), and its rule check beside it. */
export const planItem = (page: Page, position: number) =>
  page.getByRole("group", { name: new RegExp(`^Élément ${position} :`) });
export const planCheck = (page: Page) => page.getByRole("region", { name: "Vérification des règles" });

/** Adds a module or an internship at the end of the plan being edited: its position. */
export async function addPlanItem(
  page: Page,
  kind: "module" | "internship",
  values: { hours: string; start?: string; end?: string },
): Promise<number> {
  await page
    .getByRole("button", { name: kind === "module" ? "Ajouter : module" : "Ajouter : stage en entreprise" })
    .click();
  const position = await page.getByRole("group", { name: /^Élément \d+ :/ }).count();
  const item = planItem(page, position);
  await item.getByLabel("Heures").fill(values.hours);
  if (values.start) await item.getByRole("textbox", { name: "Du", exact: true }).fill(values.start);
  if (values.end) await item.getByRole("textbox", { name: "Au", exact: true }).fill(values.end);
  return position;
}
