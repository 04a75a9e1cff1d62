/** Every table of Amorce, gathered for Drizzle and drizzle-kit. Each domain owns its `*.tables.ts`. */
export * from "../domains/accounts/accounts.tables";
export * from "../domains/alumni/alumni.tables";
export * from "../domains/audit/audit.tables";
export * from "../domains/barriers/barriers.tables";
export * from "../domains/collective-sessions/collective-sessions.tables";
export * from "../domains/follow-ups/follow-ups.tables";
export * from "../domains/information-sessions/information-sessions.tables";
export * from "../domains/internships/internships.tables";
export * from "../domains/mail/mail.tables";
export * from "../domains/notifications/notifications.tables";
export * from "../domains/pathways/pathways.tables";
export * from "../domains/people/people.tables";
export * from "../domains/programme-rules/programme-rules.tables";
export * from "../domains/referrals/referrals.tables";
export * from "../domains/skills/skills.tables";
export * from "../domains/territory/territory.tables";
export * from "../domains/tripartite-interviews/tripartite-interviews.tables";
