import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .min(1, "Email is required.")
  .max(191, "Email must be at most 191 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const newPasswordSchema = z
  .string({ error: "Password is required." })
  .min(1, "Password is required.")
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => value.trim().length > 0, "Password cannot be only spaces.");

export const namesSchema = z.object({
  firstName: trimmed("First name", 100),
  lastName: trimmed("Last name", 100),
});

/** Registration and first-run setup: the same fields and rules. */
export const registerSchema = namesSchema
  .extend({ email: emailSchema, password: newPasswordSchema })
  .refine((data) => !data.password.toLowerCase().includes(data.email.toLowerCase()), {
    path: ["password"],
    message: "Password must not contain your email address.",
  });
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Password is required." })
    .min(1, "Password is required.")
    .max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }).min(1, "Repeat the new password."),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  })
  .refine((data) => data.newPassword !== data.currentPassword, {
    path: ["newPassword"],
    message: "The new password must differ from the current one.",
  });
