/** Every table of Amorce, gathered for Drizzle and drizzle-kit. Each domain owns its `*.tables.ts`. */
export * from "../domains/accounts/accounts.tables";
export * from "../domains/audit/audit.tables";
export * from "../domains/mail/mail.tables";
export * from "../domains/territory/territory.tables";
