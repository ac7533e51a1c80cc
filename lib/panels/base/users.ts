import { randomBytes } from "node:crypto";
import { PanelError } from "@/lib/panels/errors";
import type { PanelHttp } from "@/lib/panels/http";
import { zUser } from "@/lib/panels/base/schemas";
import { toUser } from "@/lib/panels/base/transform";
import type { VendorProfile } from "@/lib/panels/base/vendor";
import type { EnsureUserInput, PanelUser } from "@/lib/panels/types";

/** A username the panel accepts (`^[a-z0-9][\w.-]+[a-z0-9]$`, 3+ chars), from the email's local part. */
const usernameFor = (email: string, suffix = "") => {
  const local = (email.split("@")[0] ?? "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9_.-]/g, "")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  const base = local.length >= 3 ? local : `user${local}`;

  return `${base.slice(0, 40)}${suffix}`;
};

const getByExternalId = async (http: PanelHttp, externalId: string): Promise<PanelUser | null> => {
  try {
    const json = await http.request({
      method: "GET",
      path: `/api/application/users/external/${encodeURIComponent(externalId)}`,
      schema: zUser,
      what: "looking the user up by external id",
    });

    return toUser(json);
  } catch (err) {
    if (err instanceof PanelError && err.kind === "not_found") return null;
    throw err;
  }
};

/** Filters match partially (`anna@` also finds `joanna@`): keep only the exact, case-insensitive match. */
const getByEmail = async (
  http: PanelHttp,
  vendor: VendorProfile,
  email: string,
): Promise<PanelUser | null> => {
  const users = await http.getAll(
    "/api/application/users",
    zUser,
    "looking the user up by email",
    vendor.userSearch(email),
  );
  const match = users.map(toUser).find((user) => user.email.toLowerCase() === email.toLowerCase());

  return match ?? null;
};

/**
 * The panel user for our customer: by our external id, else by exact email (then tagged with our
 * external id when it has none), else created. Passwords are never sent: an existing user keeps
 * theirs, a new one gets the panel's set-password email.
 */
export const ensurePanelUser = async (
  http: PanelHttp,
  vendor: VendorProfile,
  input: EnsureUserInput,
): Promise<PanelUser & { created: boolean }> => {
  const byExternalId = await getByExternalId(http, input.externalId);
  if (byExternalId) return { ...byExternalId, created: false };
  const byEmail = await getByEmail(http, vendor, input.email);
  if (byEmail) {
    if (byEmail.externalId !== null) return { ...byEmail, created: false };
    const json = await http.request({
      method: "PATCH",
      path: `/api/application/users/${byEmail.id}`,
      // PATCH re-validates every required field: resend them as they are, plus our external id.
      body: {
        email: byEmail.email,
        first_name: byEmail.firstName,
        last_name: byEmail.lastName,
        external_id: input.externalId,
        ...(byEmail.username ? { username: byEmail.username } : {}),
      },
      schema: zUser,
      what: "linking the existing panel user",
    });

    return { ...toUser(json), created: false };
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const username =
      input.username ?? usernameFor(input.email, attempt === 0 ? "" : randomBytes(2).toString("hex"));
    try {
      const json = await http.request({
        method: "POST",
        path: "/api/application/users",
        body: {
          email: input.email,
          first_name: input.firstName,
          last_name: input.lastName,
          external_id: input.externalId,
          ...vendor.userExtras(username),
        },
        schema: zUser,
        what: "creating the panel user",
      });

      return { ...toUser(json), created: true };
    } catch (err) {
      // A taken username: try another. A taken email means someone created it meanwhile: look again.
      const taken =
        err instanceof PanelError ? err.fields.filter((f) => f.rule === "unique").map((f) => f.field) : [];
      if (taken.includes("email") || taken.includes("external_id")) {
        const again =
          (await getByExternalId(http, input.externalId)) ?? (await getByEmail(http, vendor, input.email));
        if (again) return { ...again, created: false };
      }
      if (!taken.includes("username") || input.username) throw err;
    }
  }
  throw new PanelError("conflict", "Could not find a free username for the new panel user.");
};
