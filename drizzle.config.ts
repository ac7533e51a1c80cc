import { defineConfig } from "drizzle-kit";

// Only `npm run db:generate` uses this file; the app and `npm run db:migrate` apply migrations themselves.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
