import { createHash } from "node:crypto";
import type { InternshipObjective } from "./internship-vocabulary";

/** What the internship agreement says: what the four parties sign, and what its fingerprint covers. */
export type AgreementData = {
  trainee: { lastName: string; firstName: string; birthDate: string };
  company: { siret: string; name: string; address: string; postalCode: string; city: string; sector: string };
  tutor: { name: string; jobTitle: string | null; email: string; phone: string | null };
  trainingOrganisation: { name: string; siteName: string; siteAddress: string | null; siteCommune: string };
  referent: { name: string; organisation: string | null } | null;
  period: { startDate: string; endDate: string };
  dailySchedule: string;
  hours: number;
  job: { romeCode: string; label: string };
  objective: InternshipObjective;
  activities: string | null;
};

/** JSON with the keys of every object sorted: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The agreement's fingerprint: SHA-256 of its canonical JSON, in hexadecimal. */
export function agreementHash(data: AgreementData): string {
  return createHash("sha256").update(canonicalJson(data)).digest("hex");
}
