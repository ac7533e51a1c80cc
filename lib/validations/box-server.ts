import { z } from "zod";

const amount = (label: string, min: number, max = 10_000_000) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} is too large.`);

/** A server's share of its box, as the create and edit forms send it. */
export const boxServerSizeSchema = z.object({
  memoryMb: amount("Memory", 128),
  diskMb: amount("Disk", 256),
  cpuPercent: amount("CPU", 10),
  databases: amount("Databases", 0, 1000),
  backups: amount("Backups", 0, 1000),
  allocations: amount("Allocations", 1, 1000),
});

const name = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(191, "Keep the name under 191 characters.");

export const createBoxServerSchema = boxServerSizeSchema.extend({
  serviceId: z.uuid("Unknown box."),
  name,
  eggId: z.string({ error: "Choose a game." }).trim().min(1, "Choose a game."),
});

export const resizeBoxServerSchema = boxServerSizeSchema.extend({
  boxServerId: z.uuid("Unknown server."),
  name,
});

export const boxServerRefSchema = z.object({ boxServerId: z.uuid("Unknown server.") });
