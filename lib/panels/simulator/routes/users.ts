import { randomUUID } from "node:crypto";
import type { CustomRule } from "@/lib/panels/rules/validator";
import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { displayError, notFound } from "@/lib/panels/simulator/http/errors";
import { applyFilters, applySort, pagedList } from "@/lib/panels/simulator/http/listing";
import type { SimUser } from "@/lib/panels/simulator/model";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import { asBoolean } from "@/lib/panels/simulator/routes/server-rules";
import { bodyString, unique, validateBody } from "@/lib/panels/simulator/routes/validation";
import { serverJson, userJson } from "@/lib/panels/simulator/transform/application";
import { list } from "@/lib/panels/simulator/transform/common";

const usernameRule: CustomRule = {
  name: "p_username",
  check: (value, { attribute }) =>
    typeof value === "string" && /^[a-z0-9]([\w.-]+)[a-z0-9]$/.test(value.toLowerCase())
      ? null
      : // Verbatim, line break and indentation included, as Pterodactyl's Username rule returns it.
        `The ${attribute} must start and end with alpha-numeric characters and\n                contain only letters, numbers, dashes, underscores, and periods.`,
};

/** The User model's rules, used by POST and PATCH alike (so PATCH must resend every required field). */
const userRules = (ctx: SimContext, ignore?: SimUser) => {
  const users = ctx.store.users;

  return {
    email: ["required", "email", "between:1,191", unique(users, (u) => u.email, ignore)],
    external_id: ["sometimes", "nullable", "string", "max:191", unique(users, (u) => u.externalId, ignore)],
    ...(ctx.flavor === "pterodactyl"
      ? { username: ["required", "between:1,191", unique(users, (u) => u.username, ignore), usernameRule] }
      : {}),
    password: "sometimes|nullable|string",
    root_admin: "boolean",
    language: "string|in:en",
    first_name: "required|string|between:1,191",
    last_name: "required|string|between:1,191",
  };
};

const USER_ATTRIBUTES = { external_id: "Third Party Identifier", root_admin: "Root Administrator Status" };

const applyUserFields = (ctx: SimContext, user: SimUser) => {
  const { body } = ctx;
  user.email = String(body.email);
  user.firstName = String(body.first_name);
  user.lastName = String(body.last_name);
  user.username =
    ctx.flavor === "pterodactyl"
      ? String(body.username).toLowerCase()
      : user.username || String(body.email).split("@")[0]!;
  if ("external_id" in body) user.externalId = bodyString(ctx, "external_id");
  if (typeof body.password === "string") user.password = body.password;
  if ("root_admin" in body) user.rootAdmin = asBoolean(body.root_admin, false);
  if (typeof body.language === "string") user.language = body.language;
  user.updatedAt = new Date();
};

const listUsers = (ctx: SimContext) => {
  let rows = applyFilters(ctx.store.users, ctx.filters, {
    email: (u) => u.email,
    uuid: (u) => u.uuid,
    username: (u) => u.username,
    external_id: (u) => u.externalId,
  });
  // Pterodactyl silently ignores `search=`; Wisp honours it.
  const search = ctx.query.search?.toLowerCase();
  if (ctx.flavor === "wisp" && search) {
    rows = rows.filter((u) =>
      [u.email, u.username, u.firstName, u.lastName].some((f) => f.toLowerCase().includes(search)),
    );
  }
  rows = applySort(rows, ctx.query.sort, { id: (u) => u.id, uuid: (u) => u.uuid });

  return pagedList(ctx, rows, (u) => withServers(ctx, u));
};

const withServers = (ctx: SimContext, user: SimUser) => {
  const json = userJson(ctx, user);
  if (!(ctx.query.include ?? "").split(",").includes("servers")) return json;
  const servers = ctx.store.servers.filter((server) => server.ownerId === user.id);

  return {
    ...json,
    attributes: {
      ...json.attributes,
      relationships: { servers: list(servers.map((s) => serverJson(ctx, s))) },
    },
  };
};

export const userRoutes: Route[] = [
  { method: "GET", api: "application", path: "/users", acl: "users", handle: listUsers },
  {
    method: "GET",
    api: "application",
    path: "/users/external/:externalId",
    acl: "users",
    bind: (ctx) => {
      const user = ctx.store.users.find(
        (u) => u.externalId !== null && u.externalId === ctx.params.externalId,
      );
      if (!user) throw notFound();
      ctx.bound.user = user;
    },
    handle: (ctx) => ({ status: 200, body: withServers(ctx, ctx.bound.user!) }),
  },
  {
    method: "GET",
    api: "application",
    path: "/users/:user",
    acl: "users",
    bind: bind("user"),
    handle: (ctx) => ({ status: 200, body: withServers(ctx, ctx.bound.user!) }),
  },
  {
    method: "POST",
    api: "application",
    path: "/users",
    acl: "users",
    handle: (ctx) => {
      validateBody(ctx, userRules(ctx), USER_ATTRIBUTES);
      const user: SimUser = {
        ...ctx.store.row("users"),
        uuid: randomUUID(),
        externalId: null,
        username: "",
        email: "",
        firstName: "",
        lastName: "",
        language: "en",
        rootAdmin: false,
        password: null,
      };
      applyUserFields(ctx, user);
      ctx.store.users.push(user);
      const json = userJson(ctx, user);

      return {
        status: 201,
        body: { ...json, meta: { resource: `${ctx.url.origin}/api/application/users/${ctx.id(user)}` } },
      };
    },
  },
  {
    method: "PATCH",
    api: "application",
    path: "/users/:user",
    acl: "users",
    bind: bind("user"),
    handle: (ctx) => {
      const user = ctx.bound.user!;
      validateBody(ctx, userRules(ctx, user), USER_ATTRIBUTES);
      applyUserFields(ctx, user);

      return { status: 200, body: userJson(ctx, user) };
    },
  },
  {
    method: "DELETE",
    api: "application",
    path: "/users/:user",
    acl: "users",
    bind: bind("user"),
    handle: (ctx) => {
      const user = ctx.bound.user!;
      if (ctx.store.servers.some((server) => server.ownerId === user.id)) {
        throw displayError(
          "Cannot delete a user with active servers attached to their account. Please delete their servers before continuing.",
        );
      }
      ctx.store.users = ctx.store.users.filter((candidate) => candidate !== user);

      return { status: 204 };
    },
  },
];
