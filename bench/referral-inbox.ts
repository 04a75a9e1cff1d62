import { DEMO_PASSWORD, demoAccount } from "../src/demo/demo-accounts";
import { type LoadFigures, measureLoad } from "./measure-load";
import { type RunningServer, signIn } from "./server-process";

/**
 * A site's inbox under load: the demo prescriber sends `referrals` referrals through the API (to the
 * demo training organisation's first site and to the lots' other sites), then training staff read that
 * site's inbox, first page, filtered by status, at several concurrencies.
 */
export type InboxResult = LoadFigures & { engine: string; query: string };

export type Session = { cookie: string; csrf: string };

export async function session(url: string, email: string): Promise<Session> {
  const cookie = await signIn(url, email, DEMO_PASSWORD);
  const me = await fetch(`${url}/api/auth/session`, { headers: { cookie } });
  const body = (await me.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

export async function json<T>(url: string, who: Session, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { cookie: who.cookie, "x-csrf-token": who.csrf, "content-type": "application/json" },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function seedReferrals(
  server: RunningServer,
  count: number,
): Promise<{ siteId: string; seconds: number }> {
  const advisor = await session(server.url, demoAccount("prescriber_advisor").email);
  const staff = await session(server.url, demoAccount("training_staff").email);
  const mine = await json<{ items: { id: string }[] }>(`${server.url}/api/sites?mine=true`, staff);
  const all = await json<{ items: { id: string; active: boolean }[] }>(`${server.url}/api/sites`, advisor);
  const [inboxSite] = mine.items;
  if (!inboxSite) throw new Error("the demo training organisation has no site");
  const others = all.items.filter((site) => site.active && site.id !== inboxSite.id);
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    // One referral in four goes to the measured site: its inbox holds count / 4 of them.
    const siteId = i % 4 === 0 ? inboxSite.id : (others[i % others.length]?.id ?? inboxSite.id);
    await json(`${server.url}/api/referrals`, advisor, {
      method: "POST",
      body: JSON.stringify({
        person: {
          lastName: `Banc-${i}`,
          firstName: "Essai",
          birthDate: "1990-01-01",
          email: null,
          phone: null,
          communeCode: "33063",
          franceTravailId: null,
        },
        siteId,
        motivation: "Mesure de performance.",
      }),
    });
  }
  return { siteId: inboxSite.id, seconds: (performance.now() - started) / 1000 };
}

export async function loadInbox(
  server: RunningServer,
  engine: string,
  siteId: string,
  connectionsList: readonly number[],
  durationS: number,
): Promise<InboxResult[]> {
  const staff = await session(server.url, demoAccount("training_staff").email);
  const results: InboxResult[] = [];
  for (const query of [`siteId=${siteId}`, `siteId=${siteId}&status=sent`]) {
    for (const connections of connectionsList) {
      const figures = await measureLoad({
        url: `${server.url}/api/referrals?${query}`,
        cookie: staff.cookie,
        connections,
        durationS,
      });
      results.push({ engine, query: query.replace(siteId, "<site>"), ...figures });
    }
  }
  return results;
}

export function renderInbox(
  results: readonly InboxResult[],
  seeded: readonly { engine: string; count: number; seconds: number }[],
  durationS: number,
): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  return `
## Boîte de réception d'un site sous charge (${durationS} s par mesure après 2 s de chauffe, session formatrice)
Le prescripteur de démonstration envoie d'abord des prescriptions par l'API (une sur quatre au site mesuré,
les autres ailleurs) ; puis l'équipe du site lit sa boîte : \`/api/referrals?siteId=…\` (première page de
50, chaque lecture inscrite au journal d'audit), et filtrée sur les demandes envoyées.

| base | prescriptions envoyées | durée de l'envoi | par prescription |
|---|---|---|---|
${seeded.map((s) => `| ${s.engine} | ${s.count} | ${Math.round(s.seconds)} s | ${ms((s.seconds * 1000) / s.count)} |`).join("\n")}

| base | requête | simultanées | requêtes | débit (req/s) | p50 | p99 | erreurs |
|---|---|---|---|---|---|---|---|
${results.map((r) => `| ${r.engine} | \`${r.query}\` | ${r.connections} | ${r.requests} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} |`).join("\n")}
`;
}
