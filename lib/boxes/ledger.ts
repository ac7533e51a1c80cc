import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/lib/db/client";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { type BoxServer, boxServers, services } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { type ServerSize, boxTotals, boxUsage, shortfallErrors, shortfalls } from "@/lib/boxes/quota";
import { enqueueJob } from "@/lib/worker/queue";


const quotaError = (problems: ReturnType<typeof shortfalls>) =>
  new AppError("QUOTA_EXCEEDED", problems.map((problem) => problem.message).join(" "), {
    fieldErrors: shortfallErrors(problems),
  });

/** Locks the box row for the rest of the transaction: concurrent creates and resizes take turns here. */
export const lockBox = async (tx: DbOrTx, boxId: string, userId?: string) => {
  const [box] = await tx
    .select()
    .from(services)
    .where(
      and(eq(services.id, boxId), eq(services.kind, "box"), userId ? eq(services.userId, userId) : undefined),
    )
    .for("update");
  if (!box) throw new AppError("NOT_FOUND", "This box does not exist.");
  if (box.status === "suspended")
    throw new AppError("CONFLICT", `This box is suspended. ${box.statusReason ?? ""}`.trim());
  if (box.status !== "active")
    throw new AppError(
      "CONFLICT",
      box.status === "terminated" ? "This box has ended." : "This box is not ready yet.",
    );

  return box;
};

/**
 * Reserves room for a new server and records it as "creating", with its creation job, in one transaction
 * holding the box's row lock: two creates can never both take the last gigabyte.
 */
export const reserveBoxServer = async (
  db: Db,
  {
    boxId,
    userId,
    request,
    server,
  }: {
    boxId: string;
    userId: string;
    request: ServerSize;
    server: Pick<BoxServer, "name" | "description" | "nestId" | "eggId" | "eggName" | "environment">;
  },
): Promise<BoxServer> =>
  db.transaction(async (tx) => {
    const box = await lockBox(tx, boxId, userId);
    const problems = shortfalls(boxTotals(box), boxUsage(await listBoxServers(tx, box.id)), {
      ...request,
      servers: 1,
    });
    if (problems.length > 0) throw quotaError(problems);
    const [row] = await tx
      .insert(boxServers)
      .values({ serviceId: box.id, ...server, ...request, status: "creating" })
      .returning();
    await enqueueJob(tx, {
      type: "create_box_server",
      payload: { boxServerId: row!.id },
      dedupeKey: `box-create:${row!.id}`,
    });

    return row!;
  });

/**
 * The first half of a resize: under the box lock, checks the new size against what the other servers use,
 * reserves the larger of old and new (held while the panel is asked) and marks the server "resizing" so a
 * second resize cannot start meanwhile.
 */
export const reserveResize = async (
  db: Db,
  {
    boxId,
    userId,
    serverId,
    request,
  }: { boxId: string; userId: string; serverId: string; request: ServerSize },
) =>
  db.transaction(async (tx) => {
    const box = await lockBox(tx, boxId, userId);
    const all = await listBoxServers(tx, box.id);
    const server = all.find((candidate) => candidate.id === serverId);
    if (server?.status === "resizing")
      throw new AppError("CONFLICT", "This server is already being resized: try again in a moment.");
    if (!server || server.status !== "active" || !server.panelServerId)
      throw new AppError("CONFLICT", "Only a running server can be resized.");
    const others = boxUsage(all.filter((candidate) => candidate.id !== serverId));
    const problems = shortfalls(boxTotals(box), others, { ...request, servers: 1 });
    if (problems.length > 0) throw quotaError(problems);
    const held = Object.fromEntries(
      Object.entries(request).map(([key, value]) => [key, Math.max(value, server[key as keyof ServerSize])]),
    ) as ServerSize;
    await tx
      .update(boxServers)
      .set({ ...held, status: "resizing" })
      .where(eq(boxServers.id, serverId));

    return { box, server, held };
  });

/** What a box has and uses, for dashboards. */
export const boxQuota = async (db: DbOrTx, box: Parameters<typeof boxTotals>[0] & { id: string }) => {
  const servers = await listBoxServers(db, box.id);

  return { totals: boxTotals(box), used: boxUsage(servers), servers };
};
