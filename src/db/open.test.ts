import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { users } from "../domains/accounts/accounts.tables";
import { communes, lots, organisations } from "../domains/territory/territory.tables";
import { openDatabase } from "./open";

describe("the embedded database on disk", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-open-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const open = () =>
    openDatabase(loadConfig({ AMORCE_DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { command: "amorce test" });

  it("is created and migrated on first use, with the reference data and no demo", async () => {
    const database = await open();
    try {
      const [communeCount] = await database.db.select({ value: count() }).from(communes);
      expect(Number(communeCount?.value)).toBe(4293);
      expect(await database.db.select().from(lots)).toEqual([]);
      expect(await database.db.select().from(users)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it("keeps every change across a restart", async () => {
    const first = await open();
    await first.db
      .insert(organisations)
      .values({ code: "OF-RESTART", name: "Organisme conservé", kind: "training_organisation" });
    await first.close();

    const second = await open();
    try {
      const names = (await second.db.select().from(organisations)).map((organisation) => organisation.name);
      expect(names).toContain("Organisme conservé");
    } finally {
      await second.close();
    }
    expect(fs.existsSync(path.join(dataDir, "amorce.lock"))).toBe(false);
  });
});
