import path from "node:path";
import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const intWithDefault = (fallback: number, min = 1) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).default(fallback));

const envSchema = z.object({
  /** PostgreSQL URL. Unset: an embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Where the portal keeps its local state (generated secrets, PGlite). */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  PGLITE_DIR: optionalString,
  AUTH_SECRET: optionalString,
  /** 32 bytes, base64: encrypts panel API keys at rest. */
  APP_ENCRYPTION_KEY: optionalString,
  APP_NAME: z.preprocess(emptyToUndefined, z.string().default("Respawn")),
  /** Set by `npm run demo`: a banner says the panels are simulated. */
  DEMO_MODE: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("false")),
  LOGIN_MAX_FAILURES: intWithDefault(5),
  LOGIN_MAX_FAILURES_PER_IP: intWithDefault(30),
  LOGIN_LOCKOUT_MINUTES: intWithDefault(15),
  /** "false": this process serves pages only; run `npm run worker` elsewhere. */
  WORKER_ENABLED: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("true")),
  WORKER_POLL_MS: intWithDefault(1_000, 50),
  /** A job whose worker stops heartbeating for this long is taken over by another worker. */
  WORKER_LEASE_MS: intWithDefault(120_000, 500),
  JOB_BACKOFF_BASE_MS: intWithDefault(5_000, 10),
  JOB_BACKOFF_CAP_MS: intWithDefault(600_000, 10),
  EXPIRY_SWEEP_MS: intWithDefault(60_000, 100),
  /** How often box servers are checked against the panel, to notice ones deleted outside the portal. */
  RECONCILE_EVERY_MS: intWithDefault(300_000, 1_000),
  /** How long a server's live usage is reused before the panel is asked again. */
  LIVE_CACHE_MS: intWithDefault(4_000, 100),
  /** Client-API calls per minute this instance allows itself per panel (Pterodactyl allows 720). */
  CLIENT_API_BUDGET_PER_MINUTE: intWithDefault(600, 1),
});

export type Env = z.infer<typeof envSchema> & { PGLITE_DIR: string };

let cached: Env | undefined;

/** The parsed environment; throws a readable error naming every bad variable. */
export const getEnv = (): Env => {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  cached = { ...env, PGLITE_DIR: env.PGLITE_DIR ?? path.join(env.DATA_DIR, "pglite") };

  return cached;
};

/** Tests change process.env; this forgets the parsed copy. */
export const resetEnvCache = () => {
  cached = undefined;
};
