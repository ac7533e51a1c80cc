import { z } from "zod";

const REF = { serviceId: z.uuid().optional(), boxServerId: z.uuid().optional() };
const oneRef = (ref: { serviceId?: string; boxServerId?: string }) => Boolean(ref.serviceId) !== Boolean(ref.boxServerId);

const withRef = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...REF, ...shape }).refine((value) => oneRef(value as { serviceId?: string; boxServerId?: string }), "Unknown server.");

/** A service's own server, or a server inside a box: forms send one of the two ids. */
export const serverRefSchema = withRef({});

export const refOf = (input: { serviceId?: string; boxServerId?: string }) => ({ serviceId: input.serviceId, boxServerId: input.boxServerId });

export const powerSchema = withRef({
  signal: z.enum(["start", "stop", "restart", "kill"], { error: "Unknown power action." }),
});

export const renameSchema = withRef({
  name: z
    .string({ error: "Enter a name." })
    .trim()
    .min(1, "Enter a name.")
    .max(191, "Keep the name under 191 characters."),
});

export const reinstallSchema = withRef({ eggId: z.string().trim().max(64).optional() });

/** Egg variables arrive as `env:<NAME>` fields. */
export const environmentFrom = (formData: FormData) => {
  const environment: Record<string, string> = {};
  for (const [key, value] of formData)
    if (key.startsWith("env:") && typeof value === "string") environment[key.slice(4)] = value;

  return environment;
};
