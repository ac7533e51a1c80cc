import type { SimContext } from "@/lib/panels/simulator/context";
import { notFound } from "@/lib/panels/simulator/http/errors";

type Bindable = "user" | "server" | "node" | "location" | "nest" | "egg" | "allocation";

const TABLE = {
  user: "users",
  server: "servers",
  node: "nodes",
  location: "locations",
  nest: "nests",
  egg: "eggs",
  allocation: "allocations",
} as const;

/**
 * Route-model binding for the named URL parameters, in order. Scoped like the panel's: an egg must
 * belong to the nest in the URL and an allocation to the node, else 404.
 */
export const bind =
  (...names: Bindable[]) =>
  (ctx: SimContext) => {
    for (const name of names) {
      const row = ctx.store.find(
        ctx.store[TABLE[name]] as Array<{ id: number; ulid: string }>,
        ctx.params[name],
      );
      if (!row) throw notFound();
      (ctx.bound as Record<string, unknown>)[name] = row;
    }
    const { egg, nest, allocation, node } = ctx.bound;
    if (egg && nest && egg.nestId !== nest.id) throw notFound();
    if (allocation && node && allocation.nodeId !== node.id) throw notFound();
  };
