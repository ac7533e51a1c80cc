import type { PanelAdapter } from "@/lib/panels/types";

/** A Paper server placed on explicit allocations of fr-gra-01, with our external id. */
export const createPaperServer = async (adapter: PanelAdapter, externalId = "svc-7") => {
  const minecraft = (await adapter.listNests()).find((nest) => nest.name === "Minecraft")!;
  const paper = (await adapter.listEggs(minecraft.id)).find((egg) => egg.name === "Paper")!;
  const node = (await adapter.listNodes()).find((candidate) => candidate.name === "fr-gra-01")!;
  const [primary] = await adapter.listFreeAllocations(node.id);
  const user = await adapter.ensureUser({
    externalId: "cust-7",
    email: "miner@example.com",
    firstName: "Mi",
    lastName: "Ner",
  });
  const server = await adapter.createServer({
    externalId,
    name: "Survival",
    description: "desc",
    userId: user.id,
    nestId: minecraft.id,
    eggId: paper.id,
    dockerImage: paper.dockerImages[1]!.image,
    startup: paper.startup,
    environment: { MINECRAFT_VERSION: "1.21.1" },
    limits: { memoryMb: 2048, swapMb: 0, diskMb: 10240, io: 500, cpuPercent: 100 },
    featureLimits: { databases: 1, allocations: 2, backups: 1 },
    placement: { kind: "allocations", defaultAllocationId: primary!.id, additionalAllocationIds: [] },
  });

  return { server, user, minecraft, paper, node };
};
