import { expect, test } from "@playwright/test";
import {
  activatedAccount,
  anonymousPage,
  choose,
  newPassword,
  pageSignedInAs,
  submitSignIn,
  uniqueEmail,
} from "./account-flows";
import { expectAccessible } from "./support";

// Several people, each in their own browser, and an accessibility check on every page: slower than one page.
test.describe.configure({ timeout: 120_000 });

const WRONG = "Adresse e-mail ou mot de passe incorrect.";
const LOCKED = "Trop de tentatives de connexion : ce compte est bloqué pour 15 minutes.";

/** "14 h 32": the time, in Paris, a quarter of an hour after `from` (as the message writes it). */
function retryTime(from: number): string {
  const time = new Intl.DateTimeFormat("fr-FR", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Paris",
  }).format(new Date(from + 15 * 60 * 1000));
  return time.replace(":", " h ");
}

test("five wrong passwords lock the account for a quarter of an hour, saying when to retry", async ({
  browser,
}) => {
  const email = uniqueEmail("blocage");
  const password = newPassword();
  const admin = await pageSignedInAs(browser, "region_admin");
  await activatedAccount(browser, admin, {
    displayName: `Sacha Bloqué ${Date.now()}`,
    email,
    role: "trainee",
    password,
  });

  const person = await anonymousPage(browser);
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    const answer = person.waitForResponse((response) => response.url().endsWith("/api/auth/login"));
    await submitSignIn(person, email, `mauvais mot de passe ${attempt}`);
    expect((await answer).status()).toBe(401);
    await expect(person.getByRole("alert")).toContainText(WRONG);
  }
  await expectAccessible(person);

  // The fifth locks the account.
  const before = Date.now();
  await submitSignIn(person, email, "mauvais mot de passe 5");
  const alert = person.getByRole("alert");
  await expect(alert).toContainText(LOCKED);
  const after = Date.now();
  const message = (await alert.textContent()) ?? "";
  const when = [retryTime(before), retryTime(after)].map((time) => `Réessayez à partir de ${time}`);
  expect(
    when.some((text) => message.includes(text)),
    `« ${message} » gives the time to retry`,
  ).toBe(true);
  await expect(alert).toContainText("ou réinitialisez votre mot de passe");
  await expect(person).toHaveURL(/\/connexion/);
  await expectAccessible(person);

  // Even the right password is refused until then.
  await submitSignIn(person, email, password);
  await expect(person.getByRole("alert")).toContainText(LOCKED);
  await expect(person).toHaveURL(/\/connexion/);
  await person.context().close();

  // The Region's administrator sees the lockout in the audit log.
  await admin.goto("/journal");
  await expect(admin.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeVisible();
  await admin.getByRole("searchbox", { name: "E-mail de la personne" }).fill(email);
  await choose(admin, admin.getByRole("combobox", { name: "Action" }), "Blocage après trop d'essais");
  const rows = admin.getByRole("table", { name: "Actions enregistrées" }).getByRole("row");
  const lockout = rows.filter({ hasText: "Blocage après trop d'essais" });
  await expect(lockout).toHaveCount(1);
  await expect(lockout).toContainText("Refusé");
  await expectAccessible(admin);
  await admin.context().close();
});
