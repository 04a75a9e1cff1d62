import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const amorceBin = path.resolve(import.meta.dirname, "../bin/amorce.mjs");

export type RunningServer = { url: string; process: ChildProcess; stop(): Promise<void> };

/** Starts `amorce start` in its own process and resolves once `/api/health` answers. */
export async function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<RunningServer & { startMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [amorceBin, "start"], {
    env: { ...process.env, LOG_LEVEL: "warn", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error("amorce start exited before answering");
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startMs = performance.now() - started;
  return {
    url,
    process: child,
    startMs,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through the API and returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0] ?? "";
}
