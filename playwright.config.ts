import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.AMORCE_BROWSER_TEST_PORT ?? 3399);
const dataDir = ".amorce-test/browser-db";

/** Browser tests: Debian's Chromium against the real application on a fresh embedded database. */
export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "ordinateur", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "téléphone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@téléphone/ },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && node bin/amorce.mjs start`,
    env: {
      AMORCE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
    },
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
