import { z } from "zod";
import { serviceRefSchema } from "@/lib/validations/service";

export const powerSchema = serviceRefSchema.extend({
  signal: z.enum(["start", "stop", "restart", "kill"], { error: "Unknown power action." }),
});

export const renameSchema = serviceRefSchema.extend({
  name: z
    .string({ error: "Enter a name." })
    .trim()
    .min(1, "Enter a name.")
    .max(191, "Keep the name under 191 characters."),
});

export const reinstallSchema = serviceRefSchema.extend({ eggId: z.string().trim().max(64).optional() });

/** Egg variables arrive as `env:<NAME>` fields. */
export const environmentFrom = (formData: FormData) => {
  const environment: Record<string, string> = {};
  for (const [key, value] of formData)
    if (key.startsWith("env:") && typeof value === "string") environment[key.slice(4)] = value;

  return environment;
};
