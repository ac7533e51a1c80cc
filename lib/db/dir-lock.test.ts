import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDirLock } from "@/lib/db/dir-lock";

const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dirlock-")), "pglite");
const lockFile = `${dir}.pid`;

afterEach(() => fs.rmSync(lockFile, { force: true }));

describe("acquireDirLock", () => {
  it("refuses a directory that another live process holds", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      fs.writeFileSync(lockFile, String(other.pid));
      expect(() => acquireDirLock(dir)).toThrow(/in use by process \d+.*PGLITE_DIR/);
    } finally {
      other.kill();
    }
  });

  it("takes over the lock of a process that has died, and releases it", () => {
    fs.writeFileSync(lockFile, "2147483646");
    const release = acquireDirLock(dir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});
