import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";
import { errorFields, firstError, rawCall } from "@/lib/panels/simulator/tests/raw-client";

describe("simulator: auth, check order and error envelopes (pterodactyl)", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);

  it("answers 401 JSON with a JSON Accept, and redirects to the login page without it", async () => {
    const json = await call("GET", "/api/application/users", { key: "ptla_nope" });
    expect(json.status).toBe(401);
    expect(json.json).toEqual({
      errors: [{ code: "AuthenticationException", status: "401", detail: "Unauthenticated." }],
    });
    const html = await call("GET", "/api/application/users", { key: "ptla_nope", accept: null });
    expect(html.status).toBe(302);
    expect(html.headers.get("location")).toBe(`${fx.sim.url}/auth/login`);
    expect((await call("GET", "/api/application/users", { key: fx.sim.keys.expired })).status).toBe(401);
  });

  it("checks in order: 401, then bindings (404), then root admin (403), then ACL (403), then rules (422)", async () => {
    expect((await call("GET", "/api/application/servers/999999", { key: "bad" })).status).toBe(401);
    expect(
      (await call("GET", "/api/application/servers/999999", { key: fx.sim.keys.applicationNonAdmin })).status,
    ).toBe(404);
    expect(
      firstError(await call("GET", "/api/application/users", { key: fx.sim.keys.applicationNonAdmin }))
        ?.detail,
    ).toBe("This account does not have permission to access the API.");
    const acl = await call("POST", "/api/application/users", {
      key: fx.sim.keys.applicationReadOnly,
      body: {},
    });
    expect(acl.status).toBe(403);
    expect(firstError(acl)).toEqual({
      code: "AccessDeniedHttpException",
      status: "403",
      detail: "This action is unauthorized.",
    });
    expect((await call("POST", "/api/application/users", { body: {} })).status).toBe(422);
  });

  it("lets a root admin's client key through the application API's ACL, and keeps application keys off the client API", async () => {
    expect((await call("GET", "/api/application/users", { key: fx.sim.keys.client })).status).toBe(200);
    const wrongApi = await call("GET", "/api/client", { key: fx.sim.keys.application });
    expect(firstError(wrongApi)?.detail).toBe(
      "You are attempting to use an application API key on an endpoint that requires a client API key.",
    );
  });

  it("reports malformed JSON as a 400, and a body without a JSON content type as missing fields", async () => {
    const malformed = await call("POST", "/api/application/users", { raw: "{nope" });
    expect(malformed.status).toBe(400);
    expect(firstError(malformed)?.code).toBe("BadRequestHttpException");
    const notJson = await call("POST", "/api/application/locations", {
      raw: JSON.stringify({ short: "xx" }),
      contentType: "text/plain",
    });
    expect(errorFields(notJson)).toEqual(["short:required"]);
  });

  it("applies Laravel's scalar rules after trimming and turning blanks into null", async () => {
    const response = await call("POST", "/api/application/users", {
      body: {
        email: "  ",
        username: "ab",
        first_name: "A",
        last_name: "B",
        external_id: 12345,
        root_admin: "true",
      },
    });
    expect(errorFields(response)).toEqual([
      "email:required",
      "external_id:string",
      "username:p_username",
      "root_admin:boolean",
    ]);
    const messages = (response.json as { errors: Array<{ detail: string }> }).errors.map(
      (error) => error.detail,
    );
    expect(messages).toContain("The Third Party Identifier must be a string.");
    expect(messages).toContain("The Root Administrator Status field must be true or false.");
  });

  it("creates users with 201 and meta.resource, lowercases usernames, and re-validates everything on PATCH", async () => {
    const created = await call("POST", "/api/application/users", {
      body: { email: "Mixed@Example.com", username: "Mixed.Case", first_name: "M", last_name: "C" },
    });
    expect(created.status).toBe(201);
    const user = created.json as { attributes: { id: number; username: string }; meta: { resource: string } };
    expect(user.attributes.username).toBe("mixed.case");
    expect(user.meta.resource).toBe(`${fx.sim.url}/api/application/users/${user.attributes.id}`);
    const duplicate = await call("POST", "/api/application/users", {
      body: { email: "mixed@example.com", username: "other", first_name: "M", last_name: "C" },
    });
    expect(errorFields(duplicate)).toEqual(["email:unique"]);
    const partial = await call("PATCH", `/api/application/users/${user.attributes.id}`, {
      body: { first_name: "New" },
    });
    expect(errorFields(partial)).toEqual(["email:required", "username:required", "last_name:required"]);
  });

  it("refuses to delete a user who owns servers", async () => {
    const owner = fx.sim.store.servers[0]!.ownerId;
    const response = await call("DELETE", `/api/application/users/${owner}`);
    expect(response.status).toBe(400);
    expect(firstError(response)?.detail).toMatch(/Cannot delete a user with active servers/);
  });

  it("rate-limits per user and API with Retry-After", async () => {
    fx.sim.settings.applicationRateLimit = 3;
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await call("GET", "/api/application/locations");
        expect(ok.headers.get("x-ratelimit-remaining")).toBe(String(2 - i));
      }
      const limited = await call("GET", "/api/application/nodes", { key: fx.sim.keys.applicationReadOnly });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(firstError(limited)).toEqual({
        code: "ThrottleRequestsException",
        status: "429",
        detail: "Too Many Attempts.",
      });
      // The client API has its own bucket.
      expect((await call("GET", "/api/client/account", { key: fx.sim.keys.client })).status).toBe(200);
    } finally {
      fx.sim.settings.applicationRateLimit = 240;
    }
  });

  it("answers unknown routes with 404 and wrong verbs with 405", async () => {
    expect((await call("GET", "/api/application/nope")).status).toBe(404);
    expect((await call("PUT", "/api/application/users")).status).toBe(405);
  });
});
