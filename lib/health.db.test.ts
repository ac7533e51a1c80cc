import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { type DbHandle, openDatabase, setDbHandleForTesting } from "@/lib/db/client";
import { workerHeartbeats } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { checkHealth } from "@/lib/health";

let healthy: DbHandle;
let unreachable: DbHandle;

beforeAll(async () => {
  healthy = await createTestDatabase();
  // Nothing listens on port 1: every query fails to connect.
  unreachable = await openDatabase({ url: "postgres://portal:secret@127.0.0.1:1/portal" });
});
afterAll(async () => {
  setDbHandleForTesting(undefined);
  await healthy?.close();
  await unreachable?.close();
});

describe("checkHealth", () => {
  it("reports the database up with its driver and latency", async () => {
    const health = await checkHealth(async () => healthy);
    expect(health.status).toBe("ok");
    expect(health.database).toMatchObject({ status: "up", driver: healthy.driver });
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.worker).toEqual({ status: "unknown", lastSeenAt: null });
  });

  it("reports a worker up while it beats and down once it falls silent", async () => {
    await healthy.db.insert(workerHeartbeats).values({ workerId: "w1", host: "h", pid: 1 });
    expect((await checkHealth(async () => healthy)).worker.status).toBe("up");
    await healthy.db
      .update(workerHeartbeats)
      .set({ lastSeenAt: new Date(Date.now() - 120_000) })
      .where(eq(workerHeartbeats.workerId, "w1"));
    expect((await checkHealth(async () => healthy)).worker.status).toBe("down");
  });

  it("reports a failing database as down without leaking its address", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const health = await checkHealth(async () => unreachable);
    expect(health.status).toBe("degraded");
    expect(health.database.status).toBe("down");
    expect(JSON.stringify(health)).not.toMatch(/127\.0\.0\.1|secret/);
  });

  it("reports a database that cannot even be opened as down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const health = await checkHealth(() => Promise.reject(new Error("migration failed")));
    expect(health.database.status).toBe("down");
  });
});

describe("GET /api/health", () => {
  it("answers 200 with JSON when the database is up", async () => {
    setDbHandleForTesting(healthy);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  it("answers 503 when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    setDbHandleForTesting(unreachable);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
