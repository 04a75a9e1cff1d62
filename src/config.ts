import path from "node:path";
import { z } from "zod";

/** Every setting of Amorce comes from the environment; `docs/configuration.md` lists them. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  AMORCE_DATA_DIR: z.string().default("data"),
  DATABASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Amorce <ne-pas-repondre@amorce.localhost>"),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REGION_NAME: z.string().default("Région Nouvelle-Aquitaine"),
  REGION_PRIMARY_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default("#0b5e7a"),
  REGION_LOGO_URL: z.string().optional(),
  NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(17),
  REFERRAL_UNANSWERED_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REFERRAL_ESCALATION_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  REFERRAL_EXPIRY_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  INTERNSHIP_SIGNATURE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TRIPARTITE_INTERVIEW_WEEKS: z.coerce.number().int().min(1).max(26).default(3),
  FOLLOW_UP_MONTHS: z
    .string()
    .default("6")
    .transform((value, context) => {
      const months = [...new Set(value.split(",").map((part) => Number(part.trim())))].sort((a, b) => a - b);
      if (months.some((month) => ![3, 6, 12].includes(month))) {
        context.addIssue({
          code: "custom",
          message: "3, 6 ou 12, séparés par des virgules (ex. « 6 » ou « 3,6,12 »)",
        });
        return z.NEVER;
      }
      return months;
    }),
  FOLLOW_UP_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  FOLLOW_UP_REMINDERS: z.coerce.number().int().min(0).max(10).default(2),
  FOLLOW_UP_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  EVALUATION_PSEUDONYM_KEY: z
    .string()
    .min(32, "au moins 32 caractères (par exemple « openssl rand -hex 32 »)")
    .optional(),
});

/**
 * The pseudonym key of development and tests, used when `EVALUATION_PSEUDONYM_KEY` is unset and Amorce
 * is not served over HTTPS. Public (it is in the code), so it protects nothing: a real deployment sets
 * its own, and without it refuses to export the evaluation dataset.
 */
export const DEVELOPMENT_PSEUDONYM_KEY = "amorce-development-pseudonym-key-not-secret";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people reach Amorce at, used in e-mailed links. */
  publicUrl: string;
  /** Cookies are marked Secure when Amorce is reached over HTTPS. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof environmentSchema>["LOG_LEVEL"];
  branding: { regionName: string; primaryColor: string; logoUrl: string | undefined };
  /**
   * A referral sent or under review for `unansweredDays` is flagged to the site, `escalationDays` later
   * to the territorial officer; after `expiryDays` without an answer it expires.
   */
  referrals: { unansweredDays: number; escalationDays: number; expiryDays: number };
  /** The hour (0–23, Paris time) after which the daily digests of notifications are e-mailed. */
  notificationDigestHour: number;
  /** How many days an internship's signature or tutor assessment link stays valid. */
  internships: { linkDays: number };
  /** The tripartite interview is proposed this many weeks before a pathway's planned end. */
  tripartiteInterviews: { weeks: number };
  /**
   * Follow-ups of former trainees: `months` after exit (3, 6 and/or 12) a link is e-mailed; unanswered,
   * it is sent again every `reminderDays` days `reminders` times, then the follow-up goes on the call
   * list; each link stays valid `linkDays` days after it was sent.
   */
  followUps: FollowUpSettings;
  /**
   * The secret key of the evaluation dataset's pseudonyms (HMAC-SHA-256 of each person's id): the
   * configured one, the public development key when Amorce is not served over HTTPS, or `null` (a
   * deployment over HTTPS without a key of its own exports no dataset).
   */
  evaluationPseudonymKey: string | null;
};

export type FollowUpSettings = {
  months: number[];
  reminderDays: number;
  reminders: number;
  linkDays: number;
};

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const setVariables = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(setVariables);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} : ${issue.message}`);
    throw new Error(`Configuration invalide :\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.AMORCE_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    branding: {
      regionName: env.REGION_NAME,
      primaryColor: env.REGION_PRIMARY_COLOR,
      logoUrl: env.REGION_LOGO_URL,
    },
    notificationDigestHour: env.NOTIFICATION_DIGEST_HOUR,
    internships: { linkDays: env.INTERNSHIP_SIGNATURE_DAYS },
    followUps: {
      months: env.FOLLOW_UP_MONTHS,
      reminderDays: env.FOLLOW_UP_REMINDER_DAYS,
      reminders: env.FOLLOW_UP_REMINDERS,
      linkDays: env.FOLLOW_UP_LINK_DAYS,
    },
    tripartiteInterviews: { weeks: env.TRIPARTITE_INTERVIEW_WEEKS },
    evaluationPseudonymKey:
      env.EVALUATION_PSEUDONYM_KEY ?? (publicUrl.startsWith("https://") ? null : DEVELOPMENT_PSEUDONYM_KEY),
    referrals: {
      unansweredDays: env.REFERRAL_UNANSWERED_DAYS,
      escalationDays: env.REFERRAL_ESCALATION_DAYS,
      expiryDays: Math.max(
        env.REFERRAL_EXPIRY_DAYS,
        env.REFERRAL_UNANSWERED_DAYS + env.REFERRAL_ESCALATION_DAYS,
      ),
    },
  };
}
