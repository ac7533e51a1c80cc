import { describe, expect, it } from "vitest";
import { homeFor, safeCallbackPath } from "@/lib/auth/redirects";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/admin/customers?page=2")).toBe("/admin/customers?page=2");
  });

  it.each([
    "https://evil.example",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    null,
  ])("drops %s", (value) => {
    expect(safeCallbackPath(value)).toBeUndefined();
  });

  it("never sends a user back to a sign-in page", () => {
    expect(safeCallbackPath("/login?x=1")).toBeUndefined();
    expect(safeCallbackPath("/setup")).toBeUndefined();
  });
});

describe("homeFor", () => {
  it("sends admins to /admin and customers to their dashboard", () => {
    expect(homeFor("admin")).toBe("/admin");
    expect(homeFor("customer")).toBe("/dashboard");
  });
});
