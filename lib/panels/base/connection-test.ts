import { PanelError } from "@/lib/panels/errors";
import type { PanelHttp } from "@/lib/panels/http";
import { zClientAccount, zNest, zNode, list } from "@/lib/panels/base/schemas";
import type { ConnectionCheck } from "@/lib/panels/types";

const READ_RESOURCES = ["locations", "nodes", "nests", "users", "servers"] as const;
const NOT_RUN = "Not checked: the panel could not be reached.";

const check = (id: ConnectionCheck["id"], label: string, ok: boolean, detail: string): ConnectionCheck => ({
  id,
  label,
  ok,
  detail,
});

/** Why an application call failed, in the words an admin needs to fix it. */
const explain = (err: unknown) => {
  if (!(err instanceof PanelError)) return "Unexpected error.";
  if (err.kind === "unauthorized")
    return "The application key was rejected: it is wrong, expired or revoked.";
  if (err.kind === "forbidden" && /permission to access the API/i.test(err.message)) {
    return "The key belongs to a panel user who is not a root administrator.";
  }

  return err.message;
};

const canRead = async (app: PanelHttp, path: string) => {
  try {
    await app.request({ method: "GET", path, query: { per_page: 1 }, what: `reading ${path}` });

    return true;
  } catch (err) {
    if (
      err instanceof PanelError &&
      err.kind === "forbidden" &&
      !/permission to access the API/i.test(err.message)
    )
      return false;
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

const applicationChecks = async (app: PanelHttp): Promise<ConnectionCheck[]> => {
  const unreadable: string[] = [];
  for (const resource of READ_RESOURCES)
    if (!(await canRead(app, `/api/application/${resource}`))) unreadable.push(resource);
  if (!unreadable.includes("nodes")) {
    const nodes = await app.request({
      method: "GET",
      path: "/api/application/nodes",
      query: { per_page: 1 },
      schema: list(zNode),
      what: "listing nodes",
    });
    const node = nodes.data[0];
    if (node && !(await canRead(app, `/api/application/nodes/${node.attributes.id}/allocations`)))
      unreadable.push("allocations");
  }
  if (!unreadable.includes("nests")) {
    const nests = await app.request({
      method: "GET",
      path: "/api/application/nests",
      query: { per_page: 1 },
      schema: list(zNest),
      what: "listing nests",
    });
    const nest = nests.data[0];
    if (nest && !(await canRead(app, `/api/application/nests/${nest.attributes.id}/eggs`)))
      unreadable.push("eggs");
  }
  const unwritable = [];
  for (const resource of ["users", "servers"])
    if (!(await canWrite(app, `/api/application/${resource}`))) unwritable.push(resource);

  return [
    check(
      "application-read",
      "Application key: read access",
      unreadable.length === 0,
      unreadable.length === 0
        ? "Can read locations, nodes, allocations, nests, eggs, users and servers."
        : `Cannot read: ${unreadable.join(", ")}. Give the key Read access to them in the panel (Admin → Application API).`,
    ),
    check(
      "application-write",
      "Application key: write access",
      unwritable.length === 0,
      unwritable.length === 0
        ? "Can create and change users and servers."
        : `Cannot write: ${unwritable.join(", ")}. Give the key Read & Write access to them.`,
    ),
  ];
};

const clientCheck = async (client: PanelHttp): Promise<ConnectionCheck> => {
  const label = "Client key";
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
        label,
        false,
        `The key belongs to ${account.attributes.email}, who is not a panel administrator: it could only control that user's own servers.`,
      );
    }

    return check(
      "client",
      label,
      true,
      `Valid, and belongs to the administrator ${account.attributes.email}: it can control every server.`,
    );
  } catch (err) {
    if (err instanceof PanelError && /application API key/i.test(err.message)) {
      return check(
        "client",
        label,
        false,
        "This is an application key. Paste a client (account) API key, created under Account → API Credentials.",
      );
    }
    if (err instanceof PanelError && err.kind === "unauthorized")
      return check("client", label, false, "The client key was rejected: it is wrong, expired or revoked.");

    return check("client", label, false, explain(err));
  }
};

/** Every check, each reported on its own line; later checks still run when an earlier one fails. */
export const testPanelConnection = async ({ app, client }: { app: PanelHttp; client: PanelHttp }) => {
  const started = Date.now();
  const reachLabel = "Reach the panel";
  try {
    await app.request({
      method: "GET",
      path: "/api/application/locations",
      query: { per_page: 1 },
      what: "checking the connection",
    });
  } catch (err) {
    if (err instanceof PanelError && (err.kind === "unreachable" || err.kind === "unexpected")) {
      return [
        check("reach", reachLabel, false, err.message),
        check("application-read", "Application key: read access", false, NOT_RUN),
        check("application-write", "Application key: write access", false, NOT_RUN),
        check("client", "Client key", false, NOT_RUN),
      ];
    }
    const reach = check("reach", reachLabel, true, `The panel at ${app.baseUrl} answered.`);
    const detail = explain(err);

    return [
      reach,
      check("application-read", "Application key: read access", false, detail),
      check("application-write", "Application key: write access", false, detail),
      await clientCheck(client),
    ];
  }
  const reach = check(
    "reach",
    reachLabel,
    true,
    `The panel at ${app.baseUrl} answered in ${Date.now() - started} ms.`,
  );
  let application: ConnectionCheck[];
  try {
    application = await applicationChecks(app);
  } catch (err) {
    application = [
      check("application-read", "Application key: read access", false, explain(err)),
      check("application-write", "Application key: write access", false, explain(err)),
    ];
  }

  return [reach, ...application, await clientCheck(client)];
};
