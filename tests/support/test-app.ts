import { eq } from "drizzle-orm";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/database";
import { demoAccount } from "../../src/demo/demo-accounts";
import { users } from "../../src/domains/accounts/accounts.tables";
import type { Role } from "../../src/domains/accounts/roles";
import { openSession } from "../../src/domains/accounts/sessions";
import { buildApp } from "../../src/server/app";
import { SESSION_COOKIE } from "../../src/server/plugins/session";
import { createTestDatabase, type Template } from "./test-database";

/** Headers that carry a signed-in session (cookie and CSRF token). */
export type SessionHeaders = { cookie: string; "x-csrf-token": string };

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** A session for a user, without going through the login form. */
  sessionFor(userId: string): Promise<SessionHeaders>;
  /** A session for the demo account of a role. */
  sessionAs(role: Role): Promise<SessionHeaders>;
  /** `app.inject` with the session's headers. */
  request(options: InjectOptions, session?: SessionHeaders | null): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

export async function createTestApp(
  options: { template?: Template; env?: NodeJS.ProcessEnv; webRoot?: string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.template ?? "demo");
  const config = loadConfig({ LOG_LEVEL: "silent", ...options.env });
  const app = await buildApp({ database, config, webRoot: options.webRoot ?? "/nonexistent" });
  await app.ready();

  const sessionFor = async (userId: string): Promise<SessionHeaders> => {
    const session = await openSession(database.db, userId);
    return { cookie: `${SESSION_COOKIE}=${session.token}`, "x-csrf-token": session.csrfToken };
  };
  return {
    app,
    database,
    sessionFor,
    async sessionAs(role) {
      const [user] = await database.db
        .select()
        .from(users)
        .where(eq(users.email, demoAccount(role).email));
      if (!user) throw new Error(`Demo account for ${role} is missing`);
      return sessionFor(user.id);
    },
    request(options, session) {
      return app.inject({ ...options, headers: { ...options.headers, ...(session ?? {}) } });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
