import type { Role } from "../domains/accounts/roles";

/** The password of every demo account; printed by `amorce start`, never valid outside the demo. */
export const DEMO_PASSWORD = "Amorce-demo-2026";

/** One demo account per role. The organisation is named by its code in the demo territory. */
export const DEMO_ACCOUNTS: readonly {
  role: Role;
  email: string;
  displayName: string;
  organisationCode: string | null;
}[] = [
  {
    role: "region_admin",
    email: "admin.region@amorce.test",
    displayName: "Claire Admin",
    organisationCode: "REGION",
  },
  {
    role: "territorial_officer",
    email: "charge.mission@amorce.test",
    displayName: "Karim Territoire",
    organisationCode: "REGION",
  },
  {
    role: "training_manager",
    email: "responsable.of@amorce.test",
    displayName: "Sophie Responsable",
    organisationCode: "OF01",
  },
  {
    role: "training_staff",
    email: "formatrice@amorce.test",
    displayName: "Inès Formatrice",
    organisationCode: "OF01",
  },
  {
    role: "prescriber_admin",
    email: "admin.prescripteur@amorce.test",
    displayName: "Marc Prescripteur",
    organisationCode: "FT33",
  },
  {
    role: "prescriber_advisor",
    email: "conseillere@amorce.test",
    displayName: "Nadia Conseillère",
    organisationCode: "FT33",
  },
  {
    role: "evaluator",
    email: "evaluation@amorce.test",
    displayName: "Paul Évaluateur",
    organisationCode: null,
  },
  { role: "trainee", email: "stagiaire@amorce.test", displayName: "Léa Stagiaire", organisationCode: null },
];

export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}
