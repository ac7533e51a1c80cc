import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const reportDir = process.env.TEST_REPORT_DIR;
const SIMULATOR_PORTS = [
  ["pterodactyl", Number(process.env.E2E_PTERODACTYL_PORT ?? 3291)],
  ["wisp", Number(process.env.E2E_WISP_PORT ?? 3292)],
] as const;
// Debian's chromium: no browser downloads on our machines. Falls back to Playwright's own when absent.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  // One shared app and database: specs run one after another, in a stable order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reportDir ? [["list"], ["json", { outputFile: `${reportDir}/playwright.json` }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["first-run"],
      testIgnore: /first-run\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
  ].map((project) => ({
    ...project,
    use: {
      ...project.use,
      launchOptions: {
        executablePath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      },
    },
  })),
  webServer: [
    {
      // A fresh data directory each run: the first-run spec needs a portal with no admin yet.
      command: `rm -rf .data/e2e && npx next start -p ${PORT}`,
      url: `http://localhost:${PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        DATA_DIR: ".data/e2e",
        // Empty: PGlite. E2E_DATABASE_URL runs the suite on PostgreSQL instead (it must be an empty database).
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        LOGIN_MAX_FAILURES: "5",
        LOGIN_MAX_FAILURES_PER_IP: "100",
        LOGIN_LOCKOUT_MINUTES: "15",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    ...SIMULATOR_PORTS.map(([flavor, port]) => ({
      command: `npx tsx lib/panels/simulator/cli.ts --flavor ${flavor} --port ${port} --install-delay 6000`,
      url: `http://127.0.0.1:${port}/__control/keys`,
      timeout: 60_000,
      reuseExistingServer: false,
    })),
  ],
});
