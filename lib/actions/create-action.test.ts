import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { PanelError } from "@/lib/panels/errors";

const current = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("@/lib/auth/guards", async () => {
  const { AppError: Err } = await import("@/lib/errors");
  const getCurrentUser = async () => current.user;
  const assertUser = async () => {
    if (!current.user) throw new Err("UNAUTHORIZED");

    return current.user;
  };
  const assertAdmin = async () => {
    const user = await assertUser();
    if (user.role !== "admin") throw new Err("FORBIDDEN");

    return user;
  };

  return { getCurrentUser, assertUser, assertAdmin };
});

const { createAction } = await import("@/lib/actions/create-action");

const makeUser = (role: "admin" | "customer"): SessionUser => ({
  id: "11111111-1111-4111-8111-111111111111",
  email: `${role}@example.com`,
  firstName: "F",
  lastName: "L",
  role,
  sessionVersion: 1,
  createdAt: new Date(),
  updatedAt: new Date(),
});

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }

  return data;
};

const schema = z.object({
  name: z.string().min(2, "Name is too short."),
  tags: z.array(z.string()).optional(),
});

beforeEach(() => {
  current.user = null;
});

describe("createAction", () => {
  it("refuses anonymous callers of a user action before running anything", async () => {
    const handler = vi.fn();
    const action = createAction({ access: "user", schema, handler });
    expect(await action(undefined, form({ name: "valid" }))).toMatchObject({
      ok: false,
      code: "UNAUTHORIZED",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses customers on admin actions", async () => {
    current.user = makeUser("customer");
    const handler = vi.fn();
    const action = createAction({ access: "admin", schema, handler });
    expect(await action(undefined, form({ name: "valid" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns field errors and echoes the values, but never a password", async () => {
    current.user = makeUser("customer");
    const action = createAction({ access: "user", schema, handler: vi.fn() });
    const result = await action(undefined, form({ name: "x", password: "hunter22", apiKey: "ptla_secret" }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["Name is too short."] },
    });
    expect(result.ok === false && result.values).toEqual({ name: "x" });
  });

  it("passes the parsed input (repeated fields as arrays) and the user to the handler", async () => {
    current.user = makeUser("admin");
    const handler = vi.fn(async () => ({ message: "Saved." }));
    const action = createAction({ access: "admin", schema, handler });
    expect(await action(undefined, form({ name: "Ada", tags: ["a", "b"], $ACTION_ID_x: "" }))).toEqual({
      ok: true,
      message: "Saved.",
    });
    expect(handler).toHaveBeenCalledWith(
      expect.objectContaining({ input: { name: "Ada", tags: ["a", "b"] }, user: current.user }),
    );
  });

  it("turns an AppError into its message and code", async () => {
    const action = createAction({
      access: "public",
      schema,
      handler: async () => {
        throw new AppError("CONFLICT", "This portal is already set up.");
      },
    });
    expect(await action(undefined, form({ name: "Ada" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "This portal is already set up.",
    });
  });

  it("hides unexpected errors behind a generic message and logs them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = createAction({
      access: "public",
      schema,
      handler: async () => {
        throw new Error("connection string postgres://user:pw@db");
      },
    });
    const result = await action(undefined, form({ name: "Ada" }));
    expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(JSON.stringify(result)).not.toContain("postgres://");
    expect(log).toHaveBeenCalled();
  });
});

describe("createAction field errors from the handler", () => {
  it("shows the specific message at the field and a pointer at the top", async () => {
    const { fieldError } = await import("@/lib/errors");
    const action = createAction({
      access: "public",
      schema,
      handler: async () => {
        throw fieldError("email", "An account with this email already exists.");
      },
    });
    expect(await action(undefined, form({ name: "Ada" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      error: "Please correct the highlighted fields.",
      fieldErrors: { email: ["An account with this email already exists."] },
    });
  });

  it("tells customers a panel refused in their words, and admins in the panel's", async () => {
    const raw = "The panel failed while reading the server (HTTP 500, its node daemon did not answer): wings down";
    const action = createAction({
      access: "user",
      schema,
      handler: async () => {
        throw new PanelError("unexpected", raw, { status: 500 });
      },
    });
    current.user = makeUser("customer");
    const customer = await action(undefined, form({ name: "Ok name" }));
    expect(customer).toMatchObject({ ok: false, code: "PANEL_REJECTED" });
    expect(customer.ok ? "" : customer.error).not.toContain("HTTP 500");
    current.user = makeUser("admin");
    expect(await action(undefined, form({ name: "Ok name" }))).toMatchObject({ ok: false, error: raw });
  });
});
