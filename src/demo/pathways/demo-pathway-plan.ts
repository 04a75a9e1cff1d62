import type { BarrierSeverity, BarrierStatus, BarrierTheme } from "../../domains/barriers/barrier-catalogue";
import { addDays, mondayOf } from "../../domains/calendar-days";
import type { AttendanceStatus } from "../../domains/collective-sessions/attendance-vocabulary";
import type { Module } from "../../domains/programme-rules/programme-rules";

/**
 * The demo's trainees in their pathway today, planned without the database: who they are, their plan,
 * the site's timetable, their attendance, barriers and skills. Dated from the day the demo is loaded,
 * so that « this week » always has sessions.
 */

const DAY_MS = 86_400_000;

export type DemoTrainee = {
  firstName: string;
  lastName: string;
  birthDate: string;
  /** Weeks between the first trainee's entry and this one's: admission is rolling. */
  enteredWeeksLater: number;
  barriers: readonly {
    theme: BarrierTheme;
    situation: string;
    severity: BarrierSeverity;
    status: BarrierStatus;
    details?: string;
    action?: {
      description: string;
      partner: string;
      dueInDays: number;
      status: "planned" | "in_progress" | "done";
    };
  }[];
};

/** The first is the demo trainee account's person (stagiaire@amorce.test). */
export const DEMO_TRAINEES: readonly DemoTrainee[] = [
  {
    firstName: "Léa",
    lastName: "Stagiaire",
    birthDate: "1998-05-12",
    enteredWeeksLater: 0,
    barriers: [
      {
        theme: "mobility",
        situation: "no_licence",
        severity: "high",
        status: "in_progress",
        action: {
          description: "Inscription au code de la route avec l'auto-école solidaire",
          partner: "Auto-école solidaire Mobilis",
          dueInDays: 16,
          status: "in_progress",
        },
      },
      {
        theme: "health",
        situation: "no_health_cover",
        severity: "medium",
        status: "lifted",
        details: "Complémentaire santé solidaire demandée à l'entrée, accordée depuis.",
        action: {
          description: "Dossier de complémentaire santé solidaire",
          partner: "CPAM de la Gironde",
          dueInDays: -10,
          status: "done",
        },
      },
    ],
  },
  {
    firstName: "Yanis",
    lastName: "Benali",
    birthDate: "2001-11-03",
    enteredWeeksLater: 0,
    barriers: [
      {
        theme: "digital",
        situation: "digital_skills",
        severity: "medium",
        status: "in_progress",
        action: {
          description: "Atelier numérique : boîte mail et espace France Travail",
          partner: "Médiathèque, conseillère numérique",
          dueInDays: 9,
          status: "planned",
        },
      },
    ],
  },
  {
    firstName: "Sandrine",
    lastName: "Moreau",
    birthDate: "1979-02-21",
    enteredWeeksLater: 0,
    barriers: [
      {
        theme: "childcare_family",
        situation: "childcare",
        severity: "high",
        status: "lifted",
        action: {
          description: "Place en crèche à vocation d'insertion professionnelle",
          partner: "Crèche AVIP de la commune",
          dueInDays: -20,
          status: "done",
        },
      },
      {
        theme: "money",
        situation: "debt",
        severity: "medium",
        status: "in_progress",
        action: {
          description: "Rendez-vous budget avec le point conseil budget",
          partner: "Point conseil budget (CCAS)",
          dueInDays: 5,
          status: "planned",
        },
      },
    ],
  },
  {
    firstName: "Kevin",
    lastName: "Lambert",
    birthDate: "2004-07-30",
    enteredWeeksLater: 1,
    barriers: [
      {
        theme: "housing",
        situation: "temporary_housing",
        severity: "high",
        status: "in_progress",
        action: {
          description: "Demande de logement en foyer de jeunes travailleurs",
          partner: "FJT de l'agglomération",
          dueInDays: 21,
          status: "in_progress",
        },
      },
    ],
  },
  {
    firstName: "Aïcha",
    lastName: "Diallo",
    birthDate: "1990-09-14",
    enteredWeeksLater: 1,
    barriers: [
      {
        theme: "language_literacy",
        situation: "french_language",
        severity: "medium",
        status: "in_progress",
        action: {
          description: "Cours de français à visée professionnelle, deux soirs par semaine",
          partner: "Association d'alphabétisation",
          dueInDays: 40,
          status: "in_progress",
        },
      },
    ],
  },
  {
    firstName: "Julien",
    lastName: "Petit",
    birthDate: "1985-04-02",
    enteredWeeksLater: 2,
    barriers: [
      {
        theme: "justice",
        situation: "court_order",
        severity: "medium",
        status: "identified",
        details: "Suivi SPIP : rendez-vous mensuel à honorer, compatible avec les horaires du parcours.",
      },
    ],
  },
  { firstName: "Marie", lastName: "Garcia", birthDate: "1996-12-19", enteredWeeksLater: 3, barriers: [] },
];

/** The plan every demo trainee starts with: valid under the default rules (460 h, 3 internships, 46 %). */
export function demoPlan(entryDate: string) {
  const internship = (week: number) => ({
    kind: "internship" as const,
    hours: 70,
    start: addDays(entryDate, 7 * week),
    end: addDays(entryDate, 7 * week + 11),
  });
  return {
    objectives:
      "Reprendre un rythme, découvrir deux métiers qui recrutent près de chez soi et choisir une formation qualifiante.",
    plannedEndDate: addDays(entryDate, 7 * 14 + 4),
    items: [
      { kind: "module", module: "dynamisation", hours: 70 },
      { kind: "module", module: "projection", hours: 80 },
      { kind: "module", module: "construction", hours: 90 },
      { kind: "individual_interview", module: "projection", hours: 10 },
      internship(3),
      internship(8),
      internship(12),
    ],
  };
}

/** Module of a session `weeksIn` weeks after the first entry: the three modules follow each other. */
export const moduleOfWeek = (weeksIn: number): Module =>
  weeksIn < 3 ? "dynamisation" : weeksIn < 8 ? "projection" : "construction";

const HALF_DAYS = [
  { start: "09:00", end: "12:30", hours: 3.5 },
  { start: "13:30", end: "17:00", hours: 3.5 },
] as const;

const TITLES: Record<Module, readonly string[]> = {
  dynamisation: [
    "Se présenter et reprendre confiance",
    "Mes atouts et mes freins",
    "Gérer son temps et son budget",
  ],
  projection: ["Découvrir les métiers qui recrutent", "Préparer son stage", "Retour de stage en groupe"],
  construction: [
    "Construire son projet de formation",
    "CV et lettre de motivation",
    "Simulation d'entretien",
  ],
};

export type DemoSession = {
  day: string;
  start: string;
  end: string;
  hours: number;
  module: Module;
  title: string;
};

/** Monday to Thursday, morning and afternoon, from the first entry to three weeks ahead of `today`. */
export function planDemoSessions(firstEntry: string, today: string): DemoSession[] {
  const sessions: DemoSession[] = [];
  const last = addDays(mondayOf(today), 7 * 3);
  for (let day = firstEntry, index = 0; day < last; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday < 1 || weekday > 4) continue;
    const weeksIn = Math.floor((Date.parse(day) - Date.parse(firstEntry)) / (7 * DAY_MS));
    const module = moduleOfWeek(weeksIn);
    for (const half of HALF_DAYS) {
      const titles = TITLES[module];
      sessions.push({ day, ...half, module, title: titles[index % titles.length] ?? module });
      index += 1;
    }
  }
  return sessions;
}

/** How a trainee attended a past session: mostly present, sometimes late or absent. */
export function demoAttendance(
  traineeIndex: number,
  sessionIndex: number,
  hours: number,
): { status: AttendanceStatus; hours: number } {
  const turn = traineeIndex * 7 + sessionIndex;
  if (turn % 29 === 3) return { status: "absent_unexcused", hours: 0 };
  if (turn % 17 === 5) return { status: "absent_excused", hours: 0 };
  if (turn % 11 === 2) return { status: "late", hours: hours - 0.75 };
  return { status: "present", hours };
}

/** Entry and current levels (1–4) of a trainee in the seven CléA domains. */
export const demoSkillLevel = (traineeIndex: number, domainIndex: number) =>
  1 + ((traineeIndex + domainIndex * 3) % 3);
