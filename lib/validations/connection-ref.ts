import { z } from "zod";

/** Forms that act on one connection carry its id in a hidden field. */
export const connectionRefSchema = z.object({ connectionId: z.uuid("Unknown panel connection.") });
