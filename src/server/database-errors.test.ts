import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { organisations } from "../db/schema";
import { httpErrorFromDatabase, loggableError } from "./database-errors";

describe("database errors", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase("empty");
  });
  afterAll(() => database.close());

  const failure = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error("expected a failure");
  };

  it("turns a unique violation into a French 409, on either engine", async () => {
    const error = await failure(() =>
      database.db.insert(organisations).values({ code: "REGION", name: "Doublon", kind: "region" }),
    );
    const http = httpErrorFromDatabase(error);
    expect(http?.statusCode).toBe(409);
    expect(http?.message).toContain("déjà utilisée");
  });

  it("turns a check violation into a 400", async () => {
    const error = await failure(() =>
      database.db.insert(organisations).values({ code: "X1", name: "Sans réseau", kind: "prescriber" }),
    );
    expect(httpErrorFromDatabase(error)?.statusCode).toBe(400);
  });

  it("logs the error's code but never the query's parameters", async () => {
    const secret = "personne.secrete@example.org";
    const error = await failure(() =>
      database.db.execute(
        sql`insert into organisations (code, name, kind) values ('REGION', ${secret}, 'region')`,
      ),
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toContain("23505");
    expect(logged).not.toContain(secret);
  });

  it("leaves other errors alone", () => {
    expect(httpErrorFromDatabase(new Error("boom"))).toBeUndefined();
  });
});
