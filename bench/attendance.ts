import { demoAccount } from "../src/demo/demo-accounts";
import { statementPdf } from "../src/domains/collective-sessions/statement-pdf";
import type { Statement } from "../src/domains/collective-sessions/use-cases/read-statement";
import { json, type Session, session } from "./referral-inbox";
import type { RunningServer } from "./server-process";

/**
 * Attendance: a trainer marks a session of 15 trainees (one HTTP PUT of 15 marks, answered with the
 * sheet), many times in a row; a trainee's monthly statement of 20 sessions is downloaded as a PDF; and
 * the PDF alone is rendered in this process, without HTTP nor database.
 */
export type AttendanceResult = {
  engine: string;
  marking: Timings;
  statement: Timings;
};
type Timings = { runs: number; p50: number; p95: number; mean: number };

const TRAINEES = 15;
const MARKING_RUNS = Number(process.env.BENCH_MARKING_RUNS ?? 60);
const STATEMENT_SESSIONS = 20;
const STATEMENT_RUNS = Number(process.env.BENCH_STATEMENT_RUNS ?? 50);
const DAY = 86_400_000;

const parisDay = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + days * DAY));

function timings(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    runs: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Enough current trainees on the site: the site gets places, the demo advisor refers, the staff admits. */
async function trainees(server: RunningServer, staff: Session, siteId: string): Promise<string[]> {
  const region = await session(server.url, demoAccount("region_admin").email);
  type Site = { code: string; name: string; organisation: { id: string }; lot: { id: string } };
  const site = await json<Site & Record<string, unknown>>(`${server.url}/api/sites/${siteId}`, region);
  await json(`${server.url}/api/sites/${siteId}`, region, {
    method: "PUT",
    body: JSON.stringify({
      code: site.code,
      name: site.name,
      organisationId: site.organisation.id,
      lotId: site.lot.id,
      communeCode: (site.commune as { code: string }).code,
      address: site.address,
      capacity: 100,
      mandatoryRural: site.mandatoryRural,
      active: true,
    }),
  });
  const current = async () =>
    (
      await json<{ items: { id: string }[] }>(
        `${server.url}/api/pathways?siteId=${siteId}&state=current`,
        staff,
      )
    ).items.map((item) => item.id);
  const advisor = await session(server.url, demoAccount("prescriber_advisor").email);
  for (let i = (await current()).length; i < TRAINEES; i += 1) {
    const { id } = await json<{ id: string }>(`${server.url}/api/referrals`, advisor, {
      method: "POST",
      body: JSON.stringify({
        person: {
          lastName: `Émargement-${i}`,
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
    for (const step of [
      { to: "under_review" },
      {
        to: "admission_interview",
        appointmentAt: new Date(Date.now() + DAY).toISOString(),
        appointmentPlace: "Salle",
      },
      { to: "accepted", entryDate: parisDay() },
      { to: "entered", entryDate: parisDay() },
    ]) {
      await json(`${server.url}/api/referrals/${id}/transitions`, staff, {
        method: "POST",
        body: JSON.stringify(step),
      });
    }
  }
  return (await current()).slice(0, TRAINEES);
}

async function newSession(
  server: RunningServer,
  staff: Session,
  siteId: string,
  date: string,
  enrol: string[],
) {
  const { id } = await json<{ id: string }>(`${server.url}/api/sites/${siteId}/sessions`, staff, {
    method: "POST",
    body: JSON.stringify({
      module: "dynamisation",
      title: "Mesure",
      capacity: 20,
      date,
      startTime: "09:00",
      endTime: "11:45",
    }),
  });
  await json(`${server.url}/api/sessions/${id}/enrolments`, staff, {
    method: "PUT",
    body: JSON.stringify({ add: enrol }),
  });
  return id;
}

type Sheet = { items: { pathwayId: string; version: number }[] };
const STATUSES = ["present", "late", "absent_excused", "absent_unexcused"] as const;

async function mark(
  server: RunningServer,
  staff: Session,
  id: string,
  sheet: Sheet,
  run: number,
): Promise<Sheet> {
  const marks = sheet.items.map((item, index) => {
    const status = STATUSES[(index + run) % STATUSES.length] as (typeof STATUSES)[number];
    return {
      pathwayId: item.pathwayId,
      status,
      hours: status === "late" ? 2.5 : null,
      expectedVersion: item.version,
    };
  });
  return json<Sheet>(`${server.url}/api/sessions/${id}/attendance`, staff, {
    method: "PUT",
    body: JSON.stringify({ marks }),
  });
}

export async function benchAttendance(server: RunningServer, engine: string): Promise<AttendanceResult> {
  const staff = await session(server.url, demoAccount("training_staff").email);
  const [site] = (await json<{ items: { id: string }[] }>(`${server.url}/api/sites?mine=true`, staff)).items;
  if (!site) throw new Error("the demo training organisation has no site");
  const enrolled = await trainees(server, staff, site.id);

  const sessionId = await newSession(server, staff, site.id, parisDay(-1), enrolled);
  let sheet = await json<Sheet>(`${server.url}/api/sessions/${sessionId}/attendance`, staff);
  const marking: number[] = [];
  for (let run = 0; run < MARKING_RUNS + 5; run += 1) {
    const took = await timed(async () => {
      sheet = await mark(server, staff, sessionId, sheet, run);
    });
    if (run >= 5) marking.push(took); // the first five warm the server up
  }

  // 20 sessions on weekdays of the month before last, each marked for the first trainee.
  const [trainee] = enrolled as [string];
  const first = new Date(`${parisDay(-60).slice(0, 7)}-01T12:00:00Z`);
  const days = Array.from({ length: 31 }, (_, i) => new Date(first.getTime() + i * DAY))
    .filter((day) => day.getUTCMonth() === first.getUTCMonth() && day.getUTCDay() % 6 !== 0)
    .slice(0, STATEMENT_SESSIONS);
  for (const day of days) {
    const id = await newSession(server, staff, site.id, day.toISOString().slice(0, 10), [trainee]);
    await mark(server, staff, id, { items: [{ pathwayId: trainee, version: 0 }] }, 0);
  }
  const month = first.toISOString().slice(0, 7);
  const statement: number[] = [];
  for (let run = 0; run < STATEMENT_RUNS + 3; run += 1) {
    const took = await timed(async () => {
      const response = await fetch(
        `${server.url}/api/pathways/${trainee}/attendance/statement?month=${month}&format=pdf`,
        { headers: { cookie: staff.cookie } },
      );
      if (!response.ok) throw new Error(`statement: ${response.status}`);
      await response.arrayBuffer();
    });
    if (run >= 3) statement.push(took);
  }
  return { engine, marking: timings(marking), statement: timings(statement) };
}

/** The PDF alone: a statement of 20 sessions rendered in this process. */
export async function benchStatementRendering(runs = 200): Promise<Timings> {
  const statement: Statement = {
    month: "2026-10",
    organisation: { code: "OF01", name: "Organisme de formation d'essai" },
    site: { code: "S01", name: "Site de Bordeaux", address: "1 place de la Bourse, Bordeaux" },
    trainee: { firstName: "Léa", lastName: "Martin", birthDate: "1995-03-14" },
    rows: Array.from({ length: STATEMENT_SESSIONS }, (_, i) => ({
      date: `2026-10-${String(i + 1).padStart(2, "0")}`,
      halfDay: i % 2 === 0 ? ("morning" as const) : ("afternoon" as const),
      startTime: "09:00",
      endTime: "11:45",
      module: "projection" as const,
      title: "Atelier",
      status: "present" as const,
      hundredths: 275,
    })),
    totals: {
      byStatus: {
        present: { sessions: 20, hundredths: 5500 },
        late: { sessions: 0, hundredths: 0 },
        absent_excused: { sessions: 0, hundredths: 0 },
        absent_unexcused: { sessions: 0, hundredths: 0 },
      },
      hundredths: 5500,
      unmarked: 0,
    },
  };
  for (let i = 0; i < 10; i += 1) await statementPdf(statement);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await timed(() => statementPdf(statement)));
  return timings(samples);
}

export function renderAttendance(results: AttendanceResult[], rendering: Timings): string {
  const ms = (value: number) => `${value.toFixed(1).replace(".", ",")} ms`;
  return `
## Émargement et relevé mensuel
Émarger : un \`PUT /api/sessions/:id/attendance\` de ${TRAINEES} présences (tout ou rien, version vérifiée
ligne à ligne, journal d'audit), qui renvoie la feuille relue ; ${MARKING_RUNS} fois de suite, après 5 de chauffe.
Relevé : \`GET /api/pathways/:id/attendance/statement?format=pdf\` d'un mois de ${STATEMENT_SESSIONS} séances,
${STATEMENT_RUNS} fois de suite. Une requête à la fois, session de l'équipe du site.

| base | mesure | requêtes | p50 | p95 | moyenne |
|---|---|---|---|---|---|
${results
  .flatMap((r) => [
    `| ${r.engine} | émarger ${TRAINEES} stagiaires | ${r.marking.runs} | ${ms(r.marking.p50)} | ${ms(r.marking.p95)} | ${ms(r.marking.mean)} |`,
    `| ${r.engine} | relevé PDF, ${STATEMENT_SESSIONS} séances | ${r.statement.runs} | ${ms(r.statement.p50)} | ${ms(r.statement.p95)} | ${ms(r.statement.mean)} |`,
  ])
  .join("\n")}
| — (sans HTTP ni base) | rendu du PDF seul | ${rendering.runs} | ${ms(rendering.p50)} | ${ms(rendering.p95)} | ${ms(rendering.mean)} |
`;
}
