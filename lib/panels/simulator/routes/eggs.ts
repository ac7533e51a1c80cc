import type { Route } from "@/lib/panels/simulator/context";
import { pagedList } from "@/lib/panels/simulator/http/listing";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import { eggJson, nestJson } from "@/lib/panels/simulator/transform/application";
import { includes, list } from "@/lib/panels/simulator/transform/common";

export const eggRoutes: Route[] = [
  {
    method: "GET",
    api: "application",
    path: "/nests",
    acl: "nests",
    handle: (ctx) => {
      const withEggs = includes(ctx).has("eggs");

      return pagedList(ctx, ctx.store.nests, (nest) => {
        const json = nestJson(ctx, nest);
        if (!withEggs) return json;
        const eggs = ctx.store.eggs.filter((egg) => egg.nestId === nest.id);

        return {
          ...json,
          attributes: {
            ...json.attributes,
            relationships: { eggs: list(eggs.map((egg) => eggJson(ctx, egg))) },
          },
        };
      });
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/nests/:nest",
    acl: "nests",
    bind: bind("nest"),
    handle: (ctx) => ({ status: 200, body: nestJson(ctx, ctx.bound.nest!) }),
  },
  {
    // Unpaginated: every egg of the nest in one answer, no meta.
    method: "GET",
    api: "application",
    path: "/nests/:nest/eggs",
    acl: "eggs",
    bind: bind("nest"),
    handle: (ctx) => ({
      status: 200,
      body: list(
        ctx.store.eggs.filter((egg) => egg.nestId === ctx.bound.nest!.id).map((egg) => eggJson(ctx, egg)),
      ),
    }),
  },
  {
    method: "GET",
    api: "application",
    path: "/nests/:nest/eggs/:egg",
    acl: "eggs",
    bind: bind("nest", "egg"),
    handle: (ctx) => ({ status: 200, body: eggJson(ctx, ctx.bound.egg!) }),
  },
];
