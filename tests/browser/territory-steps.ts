import { expect, type Page } from "@playwright/test";

/**
 * Steps shared by the territory tests: unique codes (tests share one database), the API as the page's
 * signed-in user (to read counts and to put back what a test borrowed), and the pickers of the forms.
 */

let uniqueCounter = 0;

/** A territory code nobody has used yet on this server, e.g. `TS1A2B3C4D1` (letters and digits only). */
export function uniqueCode(prefix: string): string {
  uniqueCounter += 1;
  return `${prefix}${Date.now().toString(36).toUpperCase()}${uniqueCounter}`;
}

/** GET on the API with the page's session; fails the test on any other status than 200. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api${path}`);
  expect(response.status(), `GET /api${path}`).toBe(200);
  return (await response.json()) as T;
}

/** PUT or POST on the API with the page's session and its CSRF token; fails the test unless 200 or 201. */
export async function apiSend<T>(
  page: Page,
  method: "POST" | "PUT",
  path: string,
  body: unknown,
): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string | null }>(page, "/auth/session");
  const response = await page.request.fetch(`/api${path}`, {
    method,
    data: body,
    headers: { "X-CSRF-Token": csrfToken ?? "" },
  });
  expect([200, 201], `${method} /api${path} : ${await response.text()}`).toContain(response.status());
  return (await response.json()) as T;
}

export type Named = { id: string; code: string; name: string };
export type ApiBasin = Named & { communeCodes: string[]; lot: Named | null };
export type ApiLot = Named & { target: number; basins: Named[]; siteCount: number };
export type ApiSite = Named & {
  capacity: number;
  mandatoryRural: boolean;
  active: boolean;
  lot: Named;
  organisation: Named;
};

export const listOf = async <T>(page: Page, resource: string): Promise<T[]> =>
  (await apiGet<{ items: T[] }>(page, `/${resource}`)).items;

/** Types `search` in the combobox labelled `label`, then clicks the option named `option`. */
export async function choose(page: Page, label: string, search: string, option: string | RegExp) {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.click();
  await field.fill(search);
  const choice = page
    .getByRole("listbox", { name: label })
    .getByRole("option", { name: option, exact: typeof option === "string" });
  await expect(choice).toBeVisible();
  await choice.click();
}

/** A commune's label in the pickers: its name and first postal code, e.g. « Ahun (23150) ». */
export const communeOption = (name: string, postalCode: string) => `${name} (${postalCode})`;

/** The value of a fact (`<dt>label</dt><dd>value</dd>`) on a record's page. */
export const fact = (page: Page, label: string) =>
  page
    .locator("dl > div")
    .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
    .locator("dd");
