import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { getSecret, resetSecretCache } from "@/lib/secrets";

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("AUTH_SECRET", "");
  vi.stubEnv("APP_ENCRYPTION_KEY", "");
  resetEnvCache();
  resetSecretCache();
});

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
  resetSecretCache();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const secretFile = () => path.join(dataDir, "secrets.json");

describe("getSecret", () => {
  it("generates missing secrets once, stores them privately and says so", () => {
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const secret = getSecret("AUTH_SECRET");
    expect(Buffer.from(secret, "base64")).toHaveLength(32);
    expect(fs.statSync(secretFile()).mode & 0o777).toBe(0o600);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining("generated AUTH_SECRET, APP_ENCRYPTION_KEY and stored them"),
    );
    log.mockRestore();
  });

  it("reuses the stored value after a restart", () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const first = getSecret("APP_ENCRYPTION_KEY");
    resetSecretCache();
    expect(getSecret("APP_ENCRYPTION_KEY")).toBe(first);
    expect(JSON.parse(fs.readFileSync(secretFile(), "utf8")).APP_ENCRYPTION_KEY).toBe(first);
  });

  it("prefers the environment and then writes nothing for that secret", () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    vi.stubEnv("AUTH_SECRET", "from-the-environment");
    resetEnvCache();
    expect(getSecret("AUTH_SECRET")).toBe("from-the-environment");
    getSecret("APP_ENCRYPTION_KEY");
    expect(JSON.parse(fs.readFileSync(secretFile(), "utf8")).AUTH_SECRET).toBeUndefined();
  });

  it("does not overwrite a value another process stored first", () => {
    fs.writeFileSync(secretFile(), JSON.stringify({ AUTH_SECRET: "written-by-another-process" }));
    expect(getSecret("AUTH_SECRET")).toBe("written-by-another-process");
  });
});
