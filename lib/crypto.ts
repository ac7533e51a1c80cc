import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecret } from "@/lib/secrets";

const VERSION = "v1";

/** The 32-byte key: APP_ENCRYPTION_KEY as base64 when it decodes to 32 bytes, else a SHA-256 of the string. */
const encryptionKey = (secret = getSecret("APP_ENCRYPTION_KEY")) => {
  const decoded = Buffer.from(secret, "base64");

  return decoded.length === 32 ? decoded : createHash("sha256").update(secret).digest();
};

/**
 * AES-256-GCM. `context` (e.g. `panel_connections:<id>:client_key`) is authenticated with the data, so a
 * value copied into another row or field fails to decrypt instead of being used as the wrong key.
 */
export const encryptSecret = (plaintext: string, context: string, secret?: string) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(secret), iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);

  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    data.toString("base64url"),
  ].join(".");
};

export const decryptSecret = (encrypted: string, context: string, secret?: string) => {
  const [version, iv, tag, data] = encrypted.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new Error("Unsupported encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(secret), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));

  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
};
