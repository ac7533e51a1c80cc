import fs from "node:fs";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);

    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * PGlite has no cross-process lock, and a second process on the same directory silently loses writes.
 * This refuses to open a directory another live process holds; the lock is released on close or exit.
 */
export const acquireDirLock = (dataDir: string): (() => void) => {
  const lockFile = `${dataDir}.pid`;
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The PGlite directory ${dataDir} is in use by process ${holder}. ` +
          "Give each process its own PGLITE_DIR, or set DATABASE_URL to share a PostgreSQL server.",
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const release = () => {
    process.off("exit", release);
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.rmSync(lockFile);
    } catch {
      // Already gone.
    }
  };
  process.on("exit", release);

  return release;
};
