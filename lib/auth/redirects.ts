import type { UserRole } from "@/lib/db/schema";

/** Where a user lands after signing in when no (safe) destination was asked for. */
export const homeFor = (role: UserRole) => (role === "admin" ? "/admin" : "/dashboard");

/** Only same-site paths: `//evil.example` and `https://…` would turn login into an open redirect. */
export const safeCallbackPath = (value: string | null | undefined): string | undefined => {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value.startsWith("/login") || value.startsWith("/register") || value.startsWith("/setup"))
    return undefined;

  return value;
};

/** Header set by proxy.ts so a guard can send the visitor back where they were going after login. */
export const PATH_HEADER = "x-portal-path";
