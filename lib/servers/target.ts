import "server-only";
import type { Db } from "@/lib/db/client";
import { getBoxServerForUser, updateBoxServer } from "@/lib/db/queries/box-servers";
import { getServiceForUser, updateService } from "@/lib/db/queries/services";
import type { BoxServer, Service } from "@/lib/db/schema";

/**
 * One game server a customer manages: a service's own server, or a server inside a PteroBox. The server
 * page, live usage and server operations work on this, whichever it is.
 */
export type ServerTarget = {
  kind: "service" | "box_server";
  id: string;
  /** The service it belongs to (itself, or the box): history and suspension live there. */
  service: Service;
  state: "ready" | "suspended" | "not_ready";
  name: string;
  description: string;
  nestId: string;
  eggId: string;
  eggName: string;
  environment: Record<string, string>;
  panelServerId: string | null;
  panelIdentifier: string | null;
  limits: { memoryMb: number; diskMb: number; cpuPercent: number };
};

const stateOf = (service: Service, serverReady: boolean): ServerTarget["state"] =>
  service.status === "suspended" ? "suspended" : service.status === "active" && serverReady ? "ready" : "not_ready";

export const targetOfService = (service: Service): ServerTarget => ({
  kind: "service",
  id: service.id,
  service,
  state: stateOf(service, Boolean(service.panelServerId)),
  name: service.serverName,
  description: service.serverDescription,
  nestId: service.nestId,
  eggId: service.eggId,
  eggName: service.eggName,
  environment: service.environment,
  panelServerId: service.panelServerId,
  panelIdentifier: service.panelIdentifier,
  limits: { memoryMb: service.memoryMb, diskMb: service.diskMb, cpuPercent: service.cpuPercent },
});

export const targetOfBoxServer = (server: BoxServer, box: Service): ServerTarget => ({
  kind: "box_server",
  id: server.id,
  service: box,
  // A resize takes seconds and the server keeps running meanwhile.
  state: stateOf(box, (server.status === "active" || server.status === "resizing") && Boolean(server.panelServerId)),
  name: server.name,
  description: server.description,
  nestId: server.nestId,
  eggId: server.eggId,
  eggName: server.eggName,
  environment: server.environment,
  panelServerId: server.panelServerId,
  panelIdentifier: server.panelIdentifier,
  limits: { memoryMb: server.memoryMb, diskMb: server.diskMb, cpuPercent: server.cpuPercent },
});

export type TargetRef = { serviceId?: string; boxServerId?: string };

/** The caller's own server named by `ref`; someone else's is not found. */
export const loadTargetForUser = async (db: Db, ref: TargetRef, userId: string): Promise<ServerTarget | undefined> => {
  if (ref.boxServerId) {
    const found = await getBoxServerForUser(db, { id: ref.boxServerId, userId });

    return found && targetOfBoxServer(found.server, found.box);
  }
  if (!ref.serviceId) return undefined;
  const service = await getServiceForUser(db, { id: ref.serviceId, userId });

  return service && service.kind === "server" ? targetOfService(service) : undefined;
};

/** Records changes made on the panel (name, egg, variables) where this server's data lives. */
export const saveTarget = async (db: Db, target: ServerTarget, changes: Partial<Pick<ServerTarget, "name" | "nestId" | "eggId" | "eggName" | "environment">>) => {
  if (target.kind === "box_server") {
    await updateBoxServer(db, target.id, changes);

    return;
  }
  const { name, ...rest } = changes;
  await updateService(db, target.id, { ...rest, ...(name === undefined ? {} : { serverName: name }) });
};
