import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { buildProgram } from "./main";
import { type Output, runTerritoryExport, runTerritoryImport } from "./territory.command";

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line) };
}

describe("amorce territory import / export", () => {
  let database: Database;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-territory-"));
  beforeAll(async () => {
    database = await createTestDatabase("demo");
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("exports to a file that imports again without any change", async () => {
    const file = path.join(folder, "territoire.json");
    await runTerritoryExport(database.db, file, capture());
    const output = capture();
    expect(await runTerritoryImport(database.db, file, output)).toBe(0);
    expect(output.lines).toContain("  lots : 0 créé(s), 0 modifié(s), 32 inchangé(s)");
    const stdout = capture();
    await runTerritoryExport(database.db, undefined, stdout);
    expect(JSON.parse(stdout.lines.join("\n"))).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
  });

  it("prints every problem and exits non-zero, writing nothing", async () => {
    const file = path.join(folder, "faux.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        lots: [{ code: "L03", name: "Lot", basins: ["B99"], target: 3 }],
        sites: [
          { code: "S1", name: "Site", lot: "L03", organisation: "OF99", commune: "33063", capacity: 3 },
        ],
      }),
    );
    const output = capture();
    expect(await runTerritoryImport(database.db, file, output)).toBe(1);
    expect(output.errors).toEqual([
      "Le fichier de territoire n'a pas été importé : 2 problèmes.",
      "  - lot L03 : le bassin « B99 » n'existe pas",
      "  - site S1 : l'organisation « OF99 » n'existe pas",
    ]);
    const missing = capture();
    expect(await runTerritoryImport(database.db, path.join(folder, "absent.json"), missing)).toBe(1);
    expect(missing.errors[0]).toMatch(/fichier introuvable/);
  });

  it("explains itself in French", () => {
    const program = buildProgram();
    const territory = program.commands.find((command) => command.name() === "territory");
    const help = territory?.commands.map((command) => command.helpInformation()).join("\n") ?? "";
    expect(help).toContain("importe un fichier de territoire");
    expect(help).toContain("--output <fichier>");
    const demo = program.commands.find((command) => command.name() === "demo");
    expect(demo?.commands[0]?.helpInformation()).toContain("confirme l'effacement");
  });
});
