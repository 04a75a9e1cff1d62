import type { Dashboard } from "../indicators/indicators.schemas";
import { REFERRAL_CHANNEL_LABELS, REFERRAL_CHANNELS } from "../territory/territory.vocabulary";

/**
 * Every table of the dashboard, described once: its columns (French header, kind of value) and how to
 * read a row. The CSV, the XLSX workbook and the committee pack's PDF are all drawn from these
 * descriptions and the dashboard of `readDashboard`, so they show the same figures with the same
 * words. No server code: the web lists the tables from here.
 */

/** How a value is shown: text, a whole count, a share in [0, 1] (a percentage), or a decimal number. */
export type CellKind = "text" | "count" | "share" | "decimal";
export type CellValue = string | number | null;
export type Cell = { value: CellValue; kind: CellKind };
/** How much room a text column needs: a code, a name or label, or long text (a definition). */
export type ColumnWidth = "narrow" | "normal" | "wide";
/** A table drawn: its headers, each column's kind and room, and its rows. */
export type TableGrid = { headers: string[]; kinds: CellKind[]; widths: ColumnWidth[]; rows: Cell[][] };

type Column<Row> = {
  header: string;
  kind: CellKind;
  value: (row: Row) => CellValue;
  /** For a column whose rows hold different kinds of value (the indicators' values). */
  kindOf?: (row: Row) => CellKind;
  /** Text columns are `normal` unless said otherwise. */
  width?: ColumnWidth;
};

export type DashboardTable = {
  id: string;
  title: string;
  /** The XLSX sheet's name (31 characters at most). */
  sheet: string;
  /** How to read one row, in one French sentence. */
  reading: string;
  grid(dashboard: Dashboard): TableGrid;
};

function defineTable<Row>(table: {
  id: string;
  title: string;
  sheet: string;
  reading: string;
  rows: (dashboard: Dashboard) => readonly Row[];
  columns: readonly Column<Row>[];
}): DashboardTable {
  return {
    id: table.id,
    title: table.title,
    sheet: table.sheet,
    reading: table.reading,
    grid: (dashboard) => ({
      headers: table.columns.map((column) => column.header),
      kinds: table.columns.map((column) => column.kind),
      widths: table.columns.map((column) => column.width ?? "normal"),
      rows: table.rows(dashboard).map((row) =>
        table.columns.map((column) => ({
          value: column.value(row),
          kind: column.kindOf?.(row) ?? column.kind,
        })),
      ),
    }),
  };
}

/** Hours are summed into some numerators and denominators: whole numbers are counts, the others decimals. */
const wholeOrDecimal =
  (field: "numerator" | "denominator") =>
  (line: Dashboard["lines"][number]): CellKind =>
    Number.isInteger(line[field] ?? 0) ? "count" : "decimal";

const share = (count: number, total: number) => (total === 0 ? null : count / total);

const PROFILE_PARTS = [
  { part: "qualification", label: "Niveau de diplôme" },
  { part: "gender", label: "Genre" },
  { part: "age", label: "Âge à l'entrée" },
  { part: "residence", label: "Résidence" },
] as const;

const ALERT_KIND_LABELS: Record<Dashboard["alerts"][number]["kind"], string> = {
  lot_behind_target: "Lot en retard sur son objectif",
  basin_without_referrals: "Bassin sans orientation",
  site_without_tripartite_interviews: "Site sans entretien tripartite",
};

/** The tables in the order the workbook's sheets and the committee pack show them. */
export const DASHBOARD_TABLES = [
  defineTable({
    id: "indicators",
    title: "Indicateurs",
    sheet: "Indicateurs",
    reading:
      "Une ligne par indicateur : sa valeur sur les entrées de la période, son numérateur et son dénominateur (vide quand il est nul) et sa définition.",
    rows: (dashboard) => dashboard.lines,
    columns: [
      { header: "Indicateur", kind: "text", value: (line) => line.label },
      {
        header: "Valeur",
        kind: "decimal",
        value: (line) => line.value,
        kindOf: (line) => (line.unit === "share" ? "share" : line.unit === "count" ? "count" : "decimal"),
      },
      {
        header: "Numérateur",
        kind: "count",
        value: (line) => line.numerator,
        kindOf: wholeOrDecimal("numerator"),
      },
      {
        header: "Dénominateur",
        kind: "count",
        value: (line) => line.denominator,
        kindOf: wholeOrDecimal("denominator"),
      },
      { header: "Définition", kind: "text", value: (line) => line.definition, width: "wide" },
    ],
  }),
  defineTable({
    id: "by-lot",
    title: "Par lot",
    sheet: "Par lot",
    reading:
      "Une ligne par lot : ses entrées de la période, son objectif annuel, le taux de réalisation (entrées / objectif, vide sous un filtre plus fin que le lot) et la part des sortants allés au terme du parcours.",
    rows: (dashboard) => dashboard.byLot,
    columns: [
      { header: "Code du lot", kind: "text", value: (row) => row.lot.code, width: "narrow" },
      { header: "Lot", kind: "text", value: (row) => row.lot.name },
      { header: "Entrées", kind: "count", value: (row) => row.entries },
      { header: "Objectif de la période", kind: "count", value: (row) => row.target },
      { header: "Taux de réalisation", kind: "share", value: (row) => row.realisation },
      { header: "Parcours menés à leur terme", kind: "share", value: (row) => row.completionRate },
    ],
  }),
  defineTable({
    id: "funnel",
    title: "Du repérage au résultat",
    sheet: "Entonnoir",
    reading:
      "Une ligne par étape : combien de personnes l'ont atteinte, et leur part de celles de l'étape précédente.",
    rows: (dashboard) =>
      dashboard.funnel.map((step, index) => ({
        ...step,
        ofPrevious: index === 0 ? null : share(step.count, dashboard.funnel[index - 1]?.count ?? 0),
      })),
    columns: [
      { header: "Étape", kind: "text", value: (step) => step.label },
      { header: "Personnes", kind: "count", value: (step) => step.count },
      { header: "Part de l'étape précédente", kind: "share", value: (step) => step.ofPrevious },
    ],
  }),
  defineTable({
    id: "channels",
    title: "Entrées par canal d'orientation",
    sheet: "Canaux",
    reading:
      "Une ligne par canal d'orientation, dans l'ordre des réseaux prescripteurs : les entrées de la période venues par lui, et leur part.",
    rows: (dashboard) =>
      [...new Set([...REFERRAL_CHANNELS, ...Object.keys(dashboard.indicators.referralsByChannel)])].map(
        (channel) => {
          const entries = dashboard.indicators.referralsByChannel[channel] ?? 0;
          return { channel, entries, share: share(entries, dashboard.indicators.entries) };
        },
      ),
    columns: [
      {
        header: "Canal d'orientation",
        kind: "text",
        value: (row) =>
          REFERRAL_CHANNEL_LABELS[row.channel as keyof typeof REFERRAL_CHANNEL_LABELS] ?? row.channel,
      },
      { header: "Entrées", kind: "count", value: (row) => row.entries },
      { header: "Part des entrées", kind: "share", value: (row) => row.share },
    ],
  }),
  defineTable({
    id: "profile",
    title: "Profil des entrées",
    sheet: "Profil",
    reading:
      "Une ligne par valeur d'une caractéristique (niveau, genre, âge, résidence) : les entrées qui l'ont, et leur part des entrées.",
    rows: (dashboard) =>
      PROFILE_PARTS.flatMap(({ part, label }) =>
        dashboard.profile[part].map((row) => ({ characteristic: label, ...row })),
      ),
    columns: [
      { header: "Caractéristique", kind: "text", value: (row) => row.characteristic },
      { header: "Valeur", kind: "text", value: (row) => row.label },
      { header: "Entrées", kind: "count", value: (row) => row.count },
      { header: "Part des entrées", kind: "share", value: (row) => row.share },
    ],
  }),
  defineTable({
    id: "before-after",
    title: "Situations avant et après",
    sheet: "Avant-après",
    reading:
      "Une ligne par situation : combien des sortants suivis (situation à 6 mois connue) y étaient 12 mois avant l'entrée, à la sortie et 6 mois après.",
    rows: (dashboard) => dashboard.beforeAfter,
    columns: [
      { header: "Situation", kind: "text", value: (row) => row.label },
      { header: "12 mois avant l'entrée", kind: "count", value: (row) => row.before },
      { header: "À la sortie", kind: "count", value: (row) => row.atExit },
      { header: "6 mois après la sortie", kind: "count", value: (row) => row.after6m },
    ],
  }),
  defineTable({
    id: "by-month",
    title: "Entrées par mois",
    sheet: "Par mois",
    reading:
      "Une ligne par mois d'entrée de la période : les entrées du mois, et combien d'entre elles sont déjà sorties du dispositif.",
    rows: (dashboard) => dashboard.byMonth,
    columns: [
      { header: "Mois d'entrée", kind: "text", value: (row) => row.month },
      { header: "Entrées", kind: "count", value: (row) => row.entries },
      { header: "Déjà sorties", kind: "count", value: (row) => row.leavers },
    ],
  }),
  defineTable({
    id: "by-basin",
    title: "Par bassin d'emploi",
    sheet: "Par bassin",
    reading:
      "Une ligne par bassin d'emploi de résidence : ses entrées, sa population, les entrées pour 1 000 habitants, et les entrées résidant en commune rurale avec leur part.",
    rows: (dashboard) => dashboard.byBasin,
    columns: [
      { header: "Code du bassin", kind: "text", value: (row) => row.basin.code, width: "narrow" },
      { header: "Bassin d'emploi", kind: "text", value: (row) => row.basin.name },
      { header: "Entrées", kind: "count", value: (row) => row.entries },
      { header: "Population", kind: "count", value: (row) => row.population },
      { header: "Entrées pour 1 000 habitants", kind: "decimal", value: (row) => row.entriesPer1000 },
      { header: "Entrées rurales", kind: "count", value: (row) => row.ruralEntrants },
      { header: "Part rurale", kind: "share", value: (row) => row.ruralShare },
    ],
  }),
  defineTable({
    id: "by-site",
    title: "Entrées au fil de l'eau par site",
    sheet: "Par site",
    reading:
      "Une ligne par site : ses entrées, les trimestres où il a eu des entrées, ceux dont les entrées s'étalent sur au moins 3 semaines (au fil de l'eau), et leur part.",
    rows: (dashboard) => dashboard.bySite,
    columns: [
      { header: "Code du site", kind: "text", value: (row) => row.site.code, width: "narrow" },
      { header: "Site", kind: "text", value: (row) => row.site.name },
      { header: "Lot", kind: "text", value: (row) => row.lot.code, width: "narrow" },
      { header: "Entrées", kind: "count", value: (row) => row.entries },
      { header: "Trimestres avec entrées", kind: "count", value: (row) => row.siteQuarters },
      { header: "Trimestres au fil de l'eau", kind: "count", value: (row) => row.rollingQuarters },
      { header: "Part au fil de l'eau", kind: "share", value: (row) => row.rollingShare },
    ],
  }),
  defineTable({
    id: "barriers",
    title: "Freins levés",
    sheet: "Freins",
    reading:
      "Une ligne par thème de frein : les freins repérés chez les entrées de la période, ceux qui ont été levés, et leur part.",
    rows: (dashboard) => dashboard.barriers,
    columns: [
      { header: "Thème", kind: "text", value: (row) => row.label },
      { header: "Freins repérés", kind: "count", value: (row) => row.identified },
      { header: "Freins levés", kind: "count", value: (row) => row.lifted },
      { header: "Part levée", kind: "share", value: (row) => row.liftedShare },
    ],
  }),
  defineTable({
    id: "follow-ups",
    title: "Réponses aux questionnaires de suivi",
    sheet: "Suivis",
    reading:
      "Une ligne par lot : les questionnaires de suivi dus aux sortants de la période, les réponses reçues, et le taux de réponse.",
    rows: (dashboard) => dashboard.followUps,
    columns: [
      { header: "Code du lot", kind: "text", value: (row) => row.lot.code, width: "narrow" },
      { header: "Lot", kind: "text", value: (row) => row.lot.name },
      { header: "Questionnaires dus", kind: "count", value: (row) => row.due },
      { header: "Réponses", kind: "count", value: (row) => row.answered },
      { header: "Taux de réponse", kind: "share", value: (row) => row.responseRate },
    ],
  }),
  defineTable({
    id: "alerts",
    title: "Alertes",
    sheet: "Alertes",
    reading:
      "Une ligne par alerte : un lot en retard sur son objectif, un bassin sans orientation, un site sans entretien tripartite.",
    rows: (dashboard) => dashboard.alerts,
    columns: [
      {
        header: "Alerte",
        kind: "text",
        value: (alert) => ALERT_KIND_LABELS[alert.kind],
      },
      { header: "Détail", kind: "text", value: (alert) => alert.message, width: "wide" },
    ],
  }),
] satisfies readonly DashboardTable[];

export const dashboardTable = (id: string): DashboardTable | undefined =>
  DASHBOARD_TABLES.find((table) => table.id === id);
