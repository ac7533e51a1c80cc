import type { z } from "zod";
import { PanelError } from "@/lib/panels/errors";
import type { PanelHttp } from "@/lib/panels/http";
import { zClientAccount, zNest, zNode, list } from "@/lib/panels/base/schemas";
import type { ConnectionCheck } from "@/lib/panels/types";

const APP = "/api/application";
const NOT_RUN = "Not checked: the panel could not be reached.";
/** The panel's 403 for a key whose owner is not a root administrator (not a missing permission). */
const NOT_ROOT_ADMIN = /permission to access the API/i;

const LABEL: Record<ConnectionCheck["id"], string> = {
  reach: "Reach the panel",
  "application-read": "Application key: read access",
  "application-write": "Application key: write access",
  client: "Client key",
};

const check = (id: ConnectionCheck["id"], ok: boolean, detail: string): ConnectionCheck => ({
  id,
  label: LABEL[id],
  ok,
  detail,
});

/** Both application checks failed for the same reason. */
const applicationFailed = (detail: string) => [
  check("application-read", false, detail),
  check("application-write", false, detail),
];

/** Why an application call failed, in the words an admin needs to fix it. */
const explain = (err: unknown) => {
  if (!(err instanceof PanelError)) return "Unexpected error.";
  if (err.kind === "unauthorized")
    return "The application key was rejected: it is wrong, expired or revoked.";
  if (err.kind === "forbidden" && NOT_ROOT_ADMIN.test(err.message)) {
    return "The key belongs to a panel user who is not a root administrator.";
  }

  return err.message;
};

/** The first page (one item) of a list, or null when the key lacks the permission to read it. */
const read = async <S extends z.ZodType>(app: PanelHttp, path: string, schema?: S) => {
  try {
    return await app.request({
      method: "GET",
      path,
      query: { per_page: 1 },
      schema,
      what: `reading ${path}`,
    });
  } catch (err) {
    if (err instanceof PanelError && err.kind === "forbidden" && !NOT_ROOT_ADMIN.test(err.message))
      return null;
    throw err;
  }
};

/** A write probe that cannot change anything: an empty body fails validation (422) after the ACL check (403). */
const canWrite = async (app: PanelHttp, path: string) => {
  try {
    await app.request({ method: "POST", path, body: {}, what: `probing write access to ${path}` });

    return true;
  } catch (err) {
    if (err instanceof PanelError && err.kind === "validation") return true;
    if (err instanceof PanelError && err.kind === "forbidden") return false;
    throw err;
  }
};

/** Locations are left out: the reach step has read them already. */
const applicationChecks = async (app: PanelHttp): Promise<ConnectionCheck[]> => {
  const unreadable: string[] = [];
  /** Reads `path`, noting `resource` as unreadable when the key may not. */
  const tryRead = async <S extends z.ZodType>(resource: string, path: string, schema?: S) => {
    const body = await read(app, path, schema);
    if (body === null) unreadable.push(resource);

    return body;
  };
  const nodes = await tryRead("nodes", `${APP}/nodes`, list(zNode));
  const nests = await tryRead("nests", `${APP}/nests`, list(zNest));
  for (const resource of ["users", "servers"]) await tryRead(resource, `${APP}/${resource}`);
  const node = nodes?.data[0];
  if (node) await tryRead("allocations", `${APP}/nodes/${node.attributes.id}/allocations`);
  const nest = nests?.data[0];
  if (nest) await tryRead("eggs", `${APP}/nests/${nest.attributes.id}/eggs`);
  const unwritable = [];
  for (const resource of ["users", "servers"])
    if (!(await canWrite(app, `${APP}/${resource}`))) unwritable.push(resource);

  return [
    check(
      "application-read",
      unreadable.length === 0,
      unreadable.length === 0
        ? "Can read locations, nodes, allocations, nests, eggs, users and servers."
        : `Cannot read: ${unreadable.join(", ")}. Give the key Read access to them in the panel (Admin → Application API).`,
    ),
    check(
      "application-write",
      unwritable.length === 0,
      unwritable.length === 0
        ? "Can create and change users and servers."
        : `Cannot write: ${unwritable.join(", ")}. Give the key Read & Write access to them.`,
    ),
  ];
};

const clientCheck = async (client: PanelHttp): Promise<ConnectionCheck> => {
  try {
    const account = await client.request({
      method: "GET",
      path: "/api/client/account",
      schema: zClientAccount,
      what: "reading the client key's account",
    });
    if (!account.attributes.admin) {
      return check(
        "client",
        false,
        `The key belongs to ${account.attributes.email}, who is not a panel administrator: it could only control that user's own servers.`,
      );
    }

    return check(
      "client",
      true,
      `Valid, and belongs to the administrator ${account.attributes.email}: it can control every server.`,
    );
  } catch (err) {
    if (err instanceof PanelError && /application API key/i.test(err.message)) {
      return check(
        "client",
        false,
        "This is an application key. Paste a client (account) API key, created under Account → API Credentials.",
      );
    }
    if (err instanceof PanelError && err.kind === "unauthorized")
      return check("client", false, "The client key was rejected: it is wrong, expired or revoked.");

    return check("client", false, explain(err));
  }
};

/** Every check, each reported on its own line; later checks still run when an earlier one fails. */
export const testPanelConnection = async ({ app, client }: { app: PanelHttp; client: PanelHttp }) => {
  const started = Date.now();
  try {
    // Also the read check of locations: a key that may not read them fails here.
    await app.request({
      method: "GET",
      path: `${APP}/locations`,
      query: { per_page: 1 },
      what: "checking the connection",
    });
  } catch (err) {
    if (err instanceof PanelError && (err.kind === "unreachable" || err.kind === "unexpected")) {
      return [
        check("reach", false, err.message),
        ...applicationFailed(NOT_RUN),
        check("client", false, NOT_RUN),
      ];
    }

    return [
      check("reach", true, `The panel at ${app.baseUrl} answered.`),
      ...applicationFailed(explain(err)),
      await clientCheck(client),
    ];
  }
  const reach = check("reach", true, `The panel at ${app.baseUrl} answered in ${Date.now() - started} ms.`);
  let application: ConnectionCheck[];
  try {
    application = await applicationChecks(app);
  } catch (err) {
    application = applicationFailed(explain(err));
  }

  return [reach, ...application, await clientCheck(client)];
};
