import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/crypto";

const key = randomBytes(32).toString("base64");

describe("encryptSecret", () => {
  it("round-trips and never contains the plaintext", () => {
    const encrypted = encryptSecret("ptla_secretsecret", "panel_connections:1:application_key", key);
    expect(encrypted).not.toContain("secret");
    expect(decryptSecret(encrypted, "panel_connections:1:application_key", key)).toBe("ptla_secretsecret");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", "ctx", key)).not.toBe(encryptSecret("same", "ctx", key));
  });

  it("refuses another context, another key, or tampered data", () => {
    const encrypted = encryptSecret("value", "panel_connections:1:client_key", key);
    expect(() => decryptSecret(encrypted, "panel_connections:2:client_key", key)).toThrow();
    expect(() =>
      decryptSecret(encrypted, "panel_connections:1:client_key", randomBytes(32).toString("base64")),
    ).toThrow();
    const parts = encrypted.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join("."), "panel_connections:1:client_key", key)).toThrow();
  });

  it("accepts a key that is not 32 bytes of base64 by deriving one", () => {
    const encrypted = encryptSecret("value", "ctx", "a passphrase");
    expect(decryptSecret(encrypted, "ctx", "a passphrase")).toBe("value");
  });
});
