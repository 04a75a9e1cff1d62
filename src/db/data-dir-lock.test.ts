import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

const amorceBin = path.resolve(import.meta.dirname, "../../bin/amorce.mjs");

function runAmorce(args: string[], dataDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [amorceBin, ...args], {
      env: { ...process.env, AMORCE_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the embedded database's lock", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-lock-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("refuses a second holder, naming the first", () => {
    const lock = lockDataDir(dataDir, "amorce start");
    try {
      expect(() => lockDataDir(dataDir, "amorce migrate")).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dataDir, "amorce migrate")).toThrow(
        new RegExp(`« amorce start », processus ${process.pid}`),
      );
    } finally {
      lock.release();
    }
    lockDataDir(dataDir, "amorce migrate").release();
  });

  it("takes over a lock left by a process that died", () => {
    const holder = { pid: 2 ** 22 + 12345, hostname: os.hostname(), command: "amorce start", since: "" };
    fs.writeFileSync(path.join(dataDir, "amorce.lock"), JSON.stringify(holder));
    const lock = lockDataDir(dataDir, "amorce start");
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, "amorce.lock"), "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dataDir, "amorce.lock"))).toBe(false);
  });

  it("makes a second process's command fail with a French message and leaves the data alone", async () => {
    const lock = lockDataDir(dataDir, "amorce start");
    try {
      const result = await runAmorce(["migrate"], dataDir);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain("est déjà ouverte par un autre processus Amorce");
      expect(result.stderr).toContain(`processus ${process.pid}`);
      expect(fs.existsSync(path.join(dataDir, "pgdata"))).toBe(false);
    } finally {
      lock.release();
    }
  });

  it("refuses a second server on the same data directory", async () => {
    const first = spawn(process.execPath, [amorceBin, "start", "--no-demo"], {
      env: { ...process.env, AMORCE_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        first.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("Amorce est prêt")) resolve();
        });
        first.on("exit", (code) => reject(new Error(`first server exited with ${code}`)));
      });
      const second = await runAmorce(["start", "--no-demo"], dataDir);
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`« amorce start », processus ${first.pid}`);
    } finally {
      first.kill("SIGTERM");
      await new Promise((resolve) => first.on("close", resolve));
    }
    expect(fs.existsSync(path.join(dataDir, "amorce.lock"))).toBe(false);
  });
});
