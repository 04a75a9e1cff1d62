import { describe, expect, it } from "vitest";
import { AMORCE_SOURCE, RECORD_COLUMNS, type RecordCells } from "./records-columns";
import { checkHeader, formatProblem, type RecordReferences, validateRecords } from "./validate-records";

const AMORCE_ID = "0b0f5a8e-9d7e-4c57-8a51-1f6f9b1c2d3e";
const references: RecordReferences = {
  lots: new Map([
    ["L01", "lot-1"],
    ["L02", "lot-2"],
  ]),
  sites: new Map([
    ["S001", { id: "site-1", lotCode: "L01" }],
    ["S002", { id: "site-2", lotCode: "L02" }],
  ]),
  communes: new Set(["33063", "64445"]),
  amorcePathwayIds: new Set([AMORCE_ID]),
};

const valid: RecordCells = {
  record_id: "A-1",
  source: "programme_a",
  lot_code: "L01",
  site_code: "S001",
  last_name: "N'Diaye",
  first_name: "Élodie",
  birth_date: "1990-04-02",
  gender: "F",
  commune_code: "33063",
  qualification_level: "infra3",
  worked_prior_12m: "no",
  rqth: "yes",
  qpv: "no",
  referral_channel: "mission_locale",
  referral_date: "2024-01-10",
  entry_date: "2024-02-01",
  planned_hours: "450",
  hours_done: "402.5",
  internship_hours: "140",
  exit_date: "2024-06-28",
  exit_reason: "completed",
  situation_before_12m: "job_seeking",
  situation_exit: "qualifying_training_prf",
  situation_6m: "employment_durable",
  project_identified: "yes",
  situation_improved: "yes",
};

/** The problems of lines made from the valid one, as the command prints them. */
function problems(...changes: Partial<RecordCells>[]): string[] {
  const lines = changes.map((change, index) => ({
    line: index + 2,
    cells: RECORD_COLUMNS.map((column) => ({ ...valid, ...change })[column]),
  }));
  return validateRecords(RECORD_COLUMNS, lines, references).problems.map(formatProblem);
}

describe("records file: the header", () => {
  it("wants every column once and no other, in any order", () => {
    expect(checkHeader([...RECORD_COLUMNS].reverse())).toEqual([]);
    expect(
      checkHeader([...RECORD_COLUMNS.filter((c) => c !== "gender"), "genre", "rqth"]).map(formatProblem),
    ).toEqual([
      "line 1, column genre: colonne inconnue",
      "line 1, column rqth: colonne en double dans l'en-tête",
      "line 1, column gender: colonne absente de l'en-tête",
    ]);
  });
});

describe("records file: a line", () => {
  it("accepts a complete line, and one still in the programme", () => {
    const open = {
      exit_date: "",
      exit_reason: "",
      situation_exit: "unknown",
      situation_6m: "",
      project_identified: "",
      situation_improved: "",
    };
    expect(
      problems({}, { ...open, record_id: "A-2" }, { ...open, record_id: "A-3", situation_exit: "" }),
    ).toEqual([]);
    const { records } = validateRecords(
      RECORD_COLUMNS,
      [{ line: 2, cells: RECORD_COLUMNS.map((column) => valid[column]) }],
      references,
    );
    expect(records[0]).toMatchObject({
      lotId: "lot-1",
      siteId: "site-1",
      identityKey: "ndiaye|elodie|1990-04-02",
      workedPrior12m: false,
      rqth: true,
      hoursDone: 40250,
      internshipHours: 14000,
      situationAtExit: "qualifying_training_prf",
    });
  });

  it("checks every column's vocabulary", () => {
    expect(
      problems({
        gender: "H",
        qualification_level: "2",
        worked_prior_12m: "oui",
        rqth: "",
        referral_channel: "pole_emploi",
        exit_reason: "abandon",
        situation_before_12m: "",
        situation_exit: "cdi",
        situation_6m: "employed",
        project_identified: "Yes",
        situation_improved: "1",
      }),
    ).toEqual([
      "line 2, column gender: « H » n'est pas une valeur permise : F, M, X",
      "line 2, column qualification_level: « 2 » n'est pas une valeur permise : infra3, 3, 4, 5, 6, 7, 8 ou vide",
      "line 2, column worked_prior_12m: « oui » n'est pas une valeur permise : yes, no ou vide",
      "line 2, column rqth: valeur obligatoire : yes, no",
      "line 2, column referral_channel: « pole_emploi » n'est pas une valeur permise : france_travail, mission_locale, cap_emploi, departmental_council, iae, university, ccas_cias, city_policy, other, self",
      "line 2, column exit_reason: « abandon » n'est pas une valeur permise : completed, early_exit_employment, early_exit_training, early_exit_health, early_exit_dropout, early_exit_other",
      "line 2, column situation_before_12m: valeur obligatoire : employment_durable, employment_short, qualifying_training_prf, qualifying_training_other, apprenticeship, job_seeking, inactive, unknown",
      "line 2, column situation_exit: « cdi » n'est pas une valeur permise : employment_durable, employment_short, qualifying_training_prf, qualifying_training_other, apprenticeship, job_seeking, inactive, unknown",
      "line 2, column situation_6m: « employed » n'est pas une valeur permise : employment_durable, employment_short, qualifying_training_prf, qualifying_training_other, apprenticeship, job_seeking, inactive, unknown ou vide",
      "line 2, column project_identified: « Yes » n'est pas une valeur permise : yes, no ou vide",
      "line 2, column situation_improved: « 1 » n'est pas une valeur permise : yes, no ou vide",
    ]);
  });

  it("wants dates that exist, in order: referral, entry, exit; born before entry", () => {
    expect(problems({ birth_date: "1990-02-29", referral_date: "10/01/2024", entry_date: "" })).toEqual([
      "line 2, column birth_date: le 1990-02-29 n'existe pas dans le calendrier",
      "line 2, column referral_date: « 10/01/2024 » n'est pas une date AAAA-MM-JJ",
      "line 2, column entry_date: date obligatoire au format AAAA-MM-JJ",
    ]);
    expect(problems({ birth_date: "1992-02-29", entry_date: "2024-01-09", exit_date: "2024-01-08" })).toEqual(
      [
        "line 2, column entry_date: l'entrée (2024-01-09) précède l'orientation (2024-01-10)",
        "line 2, column exit_date: la sortie (2024-01-08) précède l'entrée (2024-01-09)",
      ],
    );
    expect(problems({ referral_date: "2024-02-01", exit_date: "2024-02-01" })).toEqual([]);
    expect(problems({ birth_date: "2024-02-01" })).toEqual([
      "line 2, column birth_date: la date de naissance (2024-02-01) doit précéder l'entrée (2024-02-01)",
    ]);
  });

  it("wants an exit reason exactly when there is an exit date, and no answers at 6 months before it", () => {
    expect(problems({ exit_reason: "" })).toEqual([
      "line 2, column exit_reason: obligatoire quand exit_date est donnée : completed, early_exit_employment, early_exit_training, early_exit_health, early_exit_dropout, early_exit_other",
    ]);
    expect(problems({ exit_date: "", situation_exit: "job_seeking" })).toEqual([
      "line 2, column exit_reason: doit être vide tant que exit_date est vide",
      "line 2, column situation_exit: doit valoir unknown (ou être vide) tant que exit_date est vide",
      "line 2, column situation_6m: doit être vide tant que exit_date est vide (pas de suivi avant la sortie)",
      "line 2, column project_identified: doit être vide tant que exit_date est vide (pas de suivi avant la sortie)",
      "line 2, column situation_improved: doit être vide tant que exit_date est vide (pas de suivi avant la sortie)",
    ]);
  });

  it("wants hours with a dot, two decimals at most, internships within the hours done", () => {
    expect(problems({ planned_hours: "450.5", hours_done: "402,5", internship_hours: "1.255" })).toEqual([
      "line 2, column planned_hours: « 450.5 » n'est pas un nombre entier d'heures",
      "line 2, column hours_done: « 402,5 » n'est pas un nombre d'heures : chiffres, un point et deux décimales au plus (12.5)",
      "line 2, column internship_hours: « 1.255 » n'est pas un nombre d'heures : chiffres, un point et deux décimales au plus (12.5)",
    ]);
    expect(problems({ hours_done: "0", internship_hours: "0.00", planned_hours: "0" })).toEqual([]);
    expect(problems({ hours_done: "10.5", internship_hours: "10.51" })).toEqual([
      "line 2, column internship_hours: les heures de stage sont comptées dans hours_done : elles ne peuvent le dépasser",
    ]);
    expect(problems({ hours_done: "-1", planned_hours: "" })).toEqual([
      "line 2, column planned_hours: nombre d'heures obligatoire",
      "line 2, column hours_done: « -1 » n'est pas un nombre d'heures : chiffres, un point et deux décimales au plus (12.5)",
    ]);
  });

  it("wants the lot, the site in that lot and the commune to exist", () => {
    expect(problems({ lot_code: "L09", commune_code: "75056" })).toEqual([
      "line 2, column lot_code: le lot « L09 » n'existe pas",
      "line 2, column commune_code: « 75056 » n'est pas un code INSEE de commune connu",
    ]);
    expect(problems({ site_code: "S002" }, { record_id: "A-2", site_code: "S404" })).toEqual([
      "line 2, column site_code: le site « S002 » n'est pas du lot « L01 » mais du lot « L02 »",
      "line 3, column site_code: le site « S404 » n'existe pas",
    ]);
  });

  it("refuses a key twice in the file, but not the same record_id from another source", () => {
    expect(problems({}, { source: "programme_b" }, {})).toEqual([
      "line 4, column record_id: « A-1 » de la source « programme_a » est déjà à la ligne 2",
    ]);
    expect(problems({ record_id: "", source: "" })).toEqual([
      "line 2, column record_id: valeur obligatoire",
      "line 2, column source: valeur obligatoire",
    ]);
  });

  it("updates only Amorce's own pathways under the source amorce", () => {
    expect(problems({ source: AMORCE_SOURCE, record_id: AMORCE_ID })).toEqual([]);
    expect(
      problems(
        { source: AMORCE_SOURCE, record_id: "A-1" },
        { source: AMORCE_SOURCE, record_id: "1b0f5a8e-9d7e-4c57-8a51-1f6f9b1c2d3e" },
      ),
    ).toEqual([
      "line 2, column record_id: « A-1 » n'est pas l'identifiant d'un parcours d'Amorce",
      "line 3, column record_id: aucun parcours d'Amorce n'a l'identifiant « 1b0f5a8e-9d7e-4c57-8a51-1f6f9b1c2d3e »",
    ]);
  });

  it("refuses a line with too few or too many values", () => {
    const cells = RECORD_COLUMNS.map((column) => valid[column]);
    const { problems: found } = validateRecords(
      RECORD_COLUMNS,
      [
        { line: 2, cells: cells.slice(0, 20) },
        { line: 3, cells: [...cells, "x"] },
      ],
      references,
    );
    expect(found.map(formatProblem)).toEqual([
      "line 2, column exit_reason: la ligne a 20 valeur(s) au lieu de 26",
      "line 3, column situation_improved: la ligne a 27 valeur(s) au lieu de 26",
    ]);
  });
});
