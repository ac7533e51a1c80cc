import type { Route } from "@/lib/panels/simulator/context";

type CompiledRoute = Route & { regex: RegExp; names: string[] };

const PREFIX: Record<Route["api"], string> = { application: "/api/application", client: "/api/client" };

/** Matches `METHOD /path` against the routes; tells a wrong method (405) from an unknown path (404). */
export class Router {
  private routes: CompiledRoute[];

  constructor(routes: Route[]) {
    // Literal segments win over parameters (`/users/external/x` before `/users/:id`), as in Laravel's order.
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const pattern = `${PREFIX[route.api]}${route.path}`.replace(/:(\w+)/g, (_, name: string) => {
        names.push(name);

        return "([^/]+)";
      });

      return { ...route, names, regex: new RegExp(`^${pattern.replace(/\/$/, "")}/?$`) };
    });
  }

  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | "method_not_allowed" | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.regex.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? "")]),
      );

      return { route, params };
    }

    return pathMatched ? "method_not_allowed" : undefined;
  }
}
