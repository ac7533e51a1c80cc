import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React's server build; under test every module is server-side.
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["{app,components,lib}/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: reportDir ? ["default", "json"] : ["default"],
    outputFile: reportDir
      ? { json: `${reportDir}/vitest${process.env.TEST_REPORT_SUFFIX ?? ""}.json` }
      : undefined,
  },
});
