// Sums the JSON reports of every suite into the one line CI reads: "N passed, N failed".
// A suite that should have run but left no report counts as one failure.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".ci-out";
const EXPECTED = ["vitest.json", "playwright.json", "vitest-postgres.json"];
let passed = 0;
let failed = 0;

for (const name of EXPECTED) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    console.log(`${name}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const counts = name.startsWith("playwright")
    ? {
        passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
        failed: report.stats?.unexpected ?? 0,
      }
    : {
        passed: report.numPassedTests ?? 0,
        failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
      };
  if (name.startsWith("playwright") && (report.errors?.length ?? 0) > 0)
    counts.failed += report.errors.length;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
