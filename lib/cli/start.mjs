// `npm start`: builds the app when there is no build or the sources changed since, then serves it.
// Plain Node on purpose: it must run on a fresh clone before anything is compiled.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "drizzle",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
];

const newestMtime = (target) => {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));

  return newest;
};

const needsBuild = () => {
  if (!fs.existsSync(buildId)) return "no build yet";
  const built = fs.statSync(buildId).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(path.join(root, source)) > built);

  return changed ? `${changed} changed since the last build` : undefined;
};

const next = path.join(root, "node_modules", ".bin", "next");
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const reason = needsBuild();
if (reason) {
  console.info(`[start] building the portal (${reason})…`);
  const build = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// `next start` reads PORT from the environment itself (default 3000).
const args = ["start", ...process.argv.slice(2)];
const server = spawn(next, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
