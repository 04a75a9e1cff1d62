import { type Browser, devices, expect } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";

/** Links e-mailed to people without an account (signers, tutors, trainees), opened as they would. */

type OutboxEmail = { toAddress: string; subject: string; bodyText: string };

/** The link of the newest e-mail whose subject holds `subject`, to each address, read from the outbox by the Region's administrator. */
export async function outboxLinks(
  browser: Browser,
  addresses: string[],
  subject: string,
): Promise<Map<string, string>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "region_admin");
  const { items } = await apiGet<{ items: OutboxEmail[] }>(page, "/outbox");
  await context.close();
  const links = new Map<string, string>();
  for (const address of addresses) {
    const email = items.find((item) => item.toAddress === address && item.subject.includes(subject));
    const link = email?.bodyText.match(/https?:\/\/\S+\?jeton=[\w-]+/)?.[0];
    if (!link) throw new Error(`no link « ${subject} » for ${address}`);
    links.set(address, new URL(link).pathname + new URL(link).search);
  }
  return links;
}

/** A browser that has never signed in, as a phone (Pixel 7) when `phone`. */
export function freshContext(browser: Browser, phone: boolean) {
  const { defaultBrowserType: _ignored, ...pixel } = devices["Pixel 7"];
  return browser.newContext({ ...(phone ? pixel : {}), locale: "fr-FR", timezoneId: "Europe/Paris" });
}

/** Signs from a link in a browser that has never signed in, as a phone when `phone`. */
export async function signAs(
  browser: Browser,
  link: string,
  name: string,
  options: { phone?: boolean; axe?: boolean } = {},
) {
  const context = await freshContext(browser, options.phone ?? false);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Signer la convention de stage" })).toBeVisible();
  await expect(page.getByText(`Bonjour ${name}`)).toBeVisible();
  if (options.axe) await expectAccessible(page);
  await page.getByRole("textbox", { name: "Votre nom complet", exact: true }).fill(name);
  await page.getByRole("checkbox", { name: "J'ai lu et j'accepte la convention" }).check();
  await page.getByRole("button", { name: "Signer la convention" }).click();
  await expect(page.getByText("C'est signé, merci !")).toBeVisible();
  if (options.axe) await expectAccessible(page);
  await page.reload();
  await expect(page.getByText("Cette convention a déjà été signée avec ce lien")).toBeVisible();
  await context.close();
}
