import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

const SECRET_NAMES = ["AUTH_SECRET", "APP_ENCRYPTION_KEY"] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
type SecretFile = Partial<Record<SecretName, string>>;

const LOCK_WAIT_MS = 5_000;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const readSecretFile = (file: string): SecretFile => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as SecretFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`Cannot read ${file}: ${(err as Error).message}`);
  }
};

/** Runs `fn` holding an exclusive lock file, so two processes starting together agree on one secret. */
const withLock = <T>(file: string, fn: () => T): T => {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      // A lock older than the wait window belongs to a process that died mid-write.
      if (Date.now() > deadline) fs.rmSync(lock, { force: true });
      else sleepSync(25);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
};

const generateSecrets = (dataDir: string, missing: SecretName[]): SecretFile => {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "secrets.json");

  return withLock(file, () => {
    const stored = readSecretFile(file);
    const created = missing.filter((name) => !stored[name]);
    if (created.length === 0) return stored;
    for (const name of created) stored[name] = randomBytes(32).toString("base64");
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(stored, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, file);
    console.info(
      `[secrets] generated ${created.join(", ")} and stored ${created.length > 1 ? "them" : "it"} in ${file}; ` +
        "set the variable yourself to manage it (required when several instances share a database)",
    );

    return stored;
  });
};

const resolved = new Map<SecretName, string>();

/**
 * A secret from the environment, else from `<DATA_DIR>/secrets.json`, generated there on first use.
 * Keep that file: losing APP_ENCRYPTION_KEY makes stored panel keys unreadable.
 */
export const getSecret = (name: SecretName): string => {
  const known = resolved.get(name);
  if (known) return known;
  const env = getEnv();
  const fromEnv = env[name];
  const value =
    fromEnv ??
    readSecretFile(path.join(env.DATA_DIR, "secrets.json"))[name] ??
    generateSecrets(
      env.DATA_DIR,
      SECRET_NAMES.filter((secret) => !env[secret]),
    )[name];
  if (!value) throw new Error(`Secret ${name} could not be resolved`);
  resolved.set(name, value);

  return value;
};

/** Tests switch DATA_DIR; this forgets resolved secrets. */
export const resetSecretCache = () => resolved.clear();
