import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password);

// Verifying against this when the email is unknown keeps both paths equally slow (no account probing by timing).
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$qHdXkQU6rKliDlxckMHbRg$IAA8hm7nr25XA1OXj/89oVHtm5l24VlESMmEFYXjkz4";

/** False for a wrong password, a missing account (`storedHash` undefined) or a corrupt hash. */
export const verifyPassword = async (storedHash: string | undefined, password: string): Promise<boolean> => {
  try {
    const matches = await verify(storedHash ?? DUMMY_HASH, password);

    return storedHash !== undefined && matches;
  } catch {
    return false;
  }
};
