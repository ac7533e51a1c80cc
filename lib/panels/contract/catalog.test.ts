import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";

describe.each(["pterodactyl", "wisp"] as const)("%s: catalogue", (flavor) => {
  const fx = setupSimulator(flavor);

  it("lists locations and nodes with the room deploy would see", async () => {
    const adapter = fx.adapter({ pageSize: 2 });
    const locations = await adapter.listLocations();
    expect(locations.map((location) => location.short)).toEqual(["fr", "de", "ca", "us"]);
    const nodes = await adapter.listNodes();
    expect(nodes).toHaveLength(6);
    const gra = nodes.find((node) => node.name === "fr-gra-01")!;
    expect(gra).toMatchObject({
      memoryMb: 65536,
      allocatedMemoryMb: 40 * 1024,
      freeMemoryMb: 65536 - 40 * 1024,
      freeAllocations: 80,
    });
    // 20 % overallocation counts as room; -1 % is stricter than 0, not unlimited.
    expect(nodes.find((node) => node.name === "fr-gra-02")?.freeMemoryMb).toBe(Math.floor(32768 * 1.2));
    expect(nodes.find((node) => node.name === "us-va-01")).toMatchObject({
      isPublic: false,
      freeMemoryMb: Math.floor(32768 * 0.99),
    });
    if (flavor === "wisp") expect(gra.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    else expect(gra.id).toMatch(/^\d+$/);
  });

  it("reads every page of long lists", async () => {
    const adapter = fx.adapter({ pageSize: 25 });
    const nodes = await adapter.listNodes();
    const gra = nodes.find((node) => node.name === "fr-gra-01")!;
    const free = await adapter.listFreeAllocations(gra.id);
    expect(free).toHaveLength(80);
    expect(new Set(free.map((allocation) => allocation.id)).size).toBe(80);
    expect(free.every((allocation) => !allocation.assigned && allocation.nodeId === gra.id)).toBe(true);
    const servers = await adapter.listServers();
    expect(servers).toHaveLength(60);
    expect(new Set(servers.map((server) => server.id)).size).toBe(60);
    const pages = fx.sim.calls
      .list()
      .filter((call) => call.path === "/api/application/servers" && call.method === "GET");
    expect(pages).toHaveLength(3);
  });

  it("lists nests and eggs with their variables and images", async () => {
    const adapter = fx.adapter();
    const nests = await adapter.listNests();
    expect(nests.map((nest) => nest.name)).toEqual(["Minecraft", "Grand Theft Auto", "Steam Games"]);
    const minecraft = await adapter.listEggs(nests[0]!.id);
    const paper = minecraft.find((egg) => egg.name === "Paper")!;
    expect(paper.dockerImages.map((image) => image.label)).toEqual(["Java 21", "Java 17", "Java 11"]);
    const fivem = (await adapter.listEggs(nests[1]!.id))[0]!;
    expect(fivem.variables.find((variable) => variable.envVariable === "FIVEM_LICENSE")).toMatchObject({
      defaultValue: "",
      rules: "required|string",
      userEditable: true,
    });
    const again = await adapter.getEgg(nests[1]!.id, fivem.id);
    expect(again.variables).toEqual(fivem.variables);
  });

  it("refuses an egg asked for under the wrong nest", async () => {
    const adapter = fx.adapter();
    const nests = await adapter.listNests();
    const paper = (await adapter.listEggs(nests[0]!.id))[0]!;
    await expect(adapter.getEgg(nests[1]!.id, paper.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});
