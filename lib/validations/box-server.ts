import { z } from "zod";
import { SERVER_MINIMUMS } from "@/lib/boxes/quota";

const amount = (label: string, min: number, max = 10_000_000) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} is too large.`);

/** A server's share of its box, as the create and edit forms send it. */
export const boxServerSizeSchema = z.object({
  memoryMb: amount("Memory", SERVER_MINIMUMS.memoryMb),
  diskMb: amount("Disk", SERVER_MINIMUMS.diskMb),
  cpuPercent: amount("CPU", SERVER_MINIMUMS.cpuPercent),
  databases: amount("Databases", SERVER_MINIMUMS.databases, 1000),
  backups: amount("Backups", SERVER_MINIMUMS.backups, 1000),
  allocations: amount("Allocations", SERVER_MINIMUMS.allocations, 1000),
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
