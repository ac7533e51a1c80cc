import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, registerSchema } from "@/lib/validations/auth";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[]>) : {};

const valid = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery",
};

describe("registerSchema", () => {
  it("accepts a complete registration and trims names and email", () => {
    const result = registerSchema.parse({ ...valid, firstName: "  Ada ", email: " ada@example.com " });
    expect(result.firstName).toBe("Ada");
    expect(result.email).toBe("ada@example.com");
  });

  it("gives one clear message per broken rule", () => {
    const errors = fieldErrors(
      registerSchema.safeParse({ firstName: "", lastName: "   ", email: "nope", password: "short" }),
    );
    expect(errors.firstName).toEqual(["First name is required."]);
    expect(errors.lastName).toEqual(["Last name is required."]);
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.password).toEqual(["Password must be at least 10 characters."]);
  });

  it("reports missing fields as required, not as type errors", () => {
    const errors = fieldErrors(registerSchema.safeParse({}));
    expect(errors.email).toEqual(["Email is required."]);
    expect(errors.password).toEqual(["Password is required."]);
  });

  it("refuses a password made of spaces or containing the email", () => {
    expect(fieldErrors(registerSchema.safeParse({ ...valid, password: " ".repeat(12) })).password).toEqual([
      "Password cannot be only spaces.",
    ]);
    expect(
      fieldErrors(registerSchema.safeParse({ ...valid, password: "xxADA@example.comxx" })).password,
    ).toEqual(["Password must not contain your email address."]);
  });

  it("caps the password length", () => {
    expect(
      fieldErrors(registerSchema.safeParse({ ...valid, password: "a".repeat(129) })).password?.[0],
    ).toMatch(/at most 128/);
  });
});

describe("changePasswordSchema", () => {
  it("needs the confirmation to match and the new password to differ", () => {
    const mismatch = changePasswordSchema.safeParse({
      currentPassword: "old password 1",
      newPassword: "new password 1",
      confirmPassword: "new password 2",
    });
    expect(fieldErrors(mismatch).confirmPassword).toEqual(["The two new passwords do not match."]);
    const same = changePasswordSchema.safeParse({
      currentPassword: "same password",
      newPassword: "same password",
      confirmPassword: "same password",
    });
    expect(fieldErrors(same).newPassword).toEqual(["The new password must differ from the current one."]);
  });
});
