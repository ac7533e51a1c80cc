import { z } from "zod";

/** Pterodactyl ids are integers, Wisp v2's are ULID strings: both become strings. */
export const zId = z.union([z.number(), z.string()]).transform(String);
const zNullableId = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((value) => (value === null ? null : String(value)));
const zInt = z.coerce.number();

export const item = <T extends z.ZodType>(object: string, attributes: T) =>
  z.object({ object: z.literal(object), attributes });

export const list = <T extends z.ZodType>(entry: T) =>
  z.object({ object: z.literal("list"), data: z.array(entry) });

export const zUser = item(
  "user",
  z.object({
    id: zId,
    external_id: z.string().nullable(),
    username: z.string().optional(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    root_admin: z.boolean(),
  }),
);

export const zLocation = item(
  "location",
  z.object({ id: zId, short: z.string(), long: z.string().nullable() }),
);

export const zNode = item(
  "node",
  z.object({
    id: zId,
    name: z.string(),
    location_id: zId,
    fqdn: z.string(),
    public: z.boolean(),
    maintenance_mode: z.boolean(),
    memory: zInt,
    memory_overallocate: zInt,
    disk: zInt,
    disk_overallocate: zInt,
    allocated_resources: z.object({ memory: zInt, disk: zInt }).optional(),
  }),
);

export const zAllocation = item(
  "allocation",
  z.object({
    id: zId,
    ip: z.string(),
    alias: z.string().nullable().optional(),
    port: zInt,
    assigned: z.boolean(),
  }),
);

export const zNest = item(
  "nest",
  z.object({ id: zId, name: z.string(), description: z.string().nullable() }),
);

export const zEggVariable = item(
  "egg_variable",
  z.object({
    name: z.string(),
    description: z.string().nullable(),
    env_variable: z.string(),
    default_value: z.string().nullable(),
    user_viewable: z.boolean(),
    user_editable: z.boolean(),
    rules: z.string(),
  }),
);

export const zEgg = item(
  "egg",
  z.object({
    id: zId,
    nest: zId,
    name: z.string(),
    description: z.string().nullable(),
    docker_image: z.string().optional(),
    docker_images: z.record(z.string(), z.string()).optional(),
    startup: z.string(),
    relationships: z.object({ variables: list(zEggVariable).optional() }).optional(),
  }),
);

const zServerAttributes = z.object({
  id: zId,
  external_id: z.string().nullable(),
  uuid: z.string(),
  identifier: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.string().nullable(),
  suspended: z.boolean(),
  limits: z.object({
    memory: zInt,
    swap: zInt,
    disk: zInt,
    io: zInt,
    cpu: zInt,
    threads: z.string().nullable().optional(),
    oom_disabled: z.boolean().optional(),
  }),
  feature_limits: z.record(z.string(), z.number().nullable()),
  user: zId,
  node: zId,
  allocation: zId,
  nest: zNullableId.optional(),
  egg: zId,
  container: z.object({
    startup_command: z.string(),
    image: z.string(),
    environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  }),
  relationships: z.object({ allocations: list(zAllocation).optional() }).optional(),
});
export const zServer = item("server", zServerAttributes);

export const zClientAccount = item("user", z.object({ admin: z.boolean(), email: z.string() }));

export const zPaginationMeta = z.object({ pagination: z.object({ total: z.number() }) });
