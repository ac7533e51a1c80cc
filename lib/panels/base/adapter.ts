import { PanelError } from "@/lib/panels/errors";
import { PanelHttp, type PanelHttpOptions } from "@/lib/panels/http";
import { completeEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { testPanelConnection } from "@/lib/panels/base/connection-test";
import {
  list,
  zAllocation,
  zEgg,
  zLocation,
  zNest,
  zNode,
  zPaginationMeta,
  zServer,
} from "@/lib/panels/base/schemas";
import { toAllocation, toEgg, toLocation, toNest, toNode, toServer } from "@/lib/panels/base/transform";
import { ensurePanelUser } from "@/lib/panels/base/users";
import type { VendorProfile } from "@/lib/panels/base/vendor";
import type {
  CreateServerInput,
  EnsureUserInput,
  PanelAdapter,
  PowerSignal,
  UpdateBuildInput,
  UpdateDetailsInput,
  UpdateStartupInput,
} from "@/lib/panels/types";
import { z } from "zod";

export type AdapterConfig = {
  baseUrl: string;
  applicationKey: string;
  clientKey: string;
  http?: Omit<PanelHttpOptions, "baseUrl" | "apiKey" | "accept">;
};

const APP = "/api/application";
const withAllocations = { include: "allocations" };

/** Everything Pterodactyl and Wisp share; a vendor profile supplies the differences. */
export class BasePanelAdapter implements PanelAdapter {
  readonly kind: VendorProfile["kind"];
  protected readonly app: PanelHttp;
  protected readonly client: PanelHttp;
  protected readonly vendor: VendorProfile;

  constructor(vendor: VendorProfile, config: AdapterConfig) {
    this.vendor = vendor;
    this.kind = vendor.kind;
    this.app = new PanelHttp({
      ...config.http,
      baseUrl: config.baseUrl,
      apiKey: config.applicationKey,
      accept: vendor.accept,
    });
    this.client = new PanelHttp({
      ...config.http,
      baseUrl: config.baseUrl,
      apiKey: config.clientKey,
      accept: vendor.clientAccept,
    });
  }

  testConnection() {
    return testPanelConnection({ app: this.app, client: this.client });
  }

  async listLocations() {
    return (await this.app.getAll(`${APP}/locations`, zLocation, "listing locations")).map(toLocation);
  }

  async listNodes() {
    const nodes = await this.app.getAll(`${APP}/nodes`, zNode, "listing nodes");

    // One small request per node: the pagination total of its free allocations.
    return Promise.all(
      nodes.map(async (node) => {
        const { path, query } = this.vendor.freeAllocations(node.attributes.id);
        const page = await this.app.request({
          method: "GET",
          path,
          query: { ...query, per_page: 1 },
          schema: z.object({ meta: zPaginationMeta }),
          what: `counting free allocations of node ${node.attributes.name}`,
        });

        return toNode(node, page.meta.pagination.total);
      }),
    );
  }

  async listNests() {
    return (await this.app.getAll(`${APP}/nests`, zNest, "listing nests")).map(toNest);
  }

  async listEggs(nestId: string) {
    const json = await this.app.request({
      method: "GET",
      path: `${APP}/nests/${nestId}/eggs`,
      query: { include: "variables" },
      schema: list(zEgg),
      what: "listing eggs",
    });

    return json.data.map(toEgg);
  }

  async getEgg(nestId: string, eggId: string) {
    const json = await this.app.request({
      method: "GET",
      path: `${APP}/nests/${nestId}/eggs/${eggId}`,
      query: { include: "variables" },
      schema: zEgg,
      what: "reading the egg",
    });

    return toEgg(json);
  }

  ensureUser(input: EnsureUserInput) {
    return ensurePanelUser(this.app, this.vendor, input);
  }

  async createServer(input: CreateServerInput) {
    const variables = input.eggVariables ?? (await this.getEgg(input.nestId, input.eggId)).variables;
    const { vendor } = this;
    const placement =
      input.placement.kind === "deploy"
        ? {
            deploy: {
              locations: input.placement.locationIds.map(vendor.bodyId),
              dedicated_ip: input.placement.dedicatedIp,
              port_range: input.placement.portRange,
            },
          }
        : {
            allocation: {
              default: vendor.bodyId(input.placement.defaultAllocationId),
              additional: input.placement.additionalAllocationIds.map(vendor.bodyId),
            },
          };
    const json = await this.app.request({
      method: "POST",
      path: `${APP}/servers`,
      // Includes work on any answer: the new server comes back with its address in the same call.
      query: withAllocations,
      kind: "create",
      body: {
        external_id: input.externalId,
        name: input.name,
        description: input.description,
        user: vendor.bodyId(input.userId),
        egg: vendor.bodyId(input.eggId),
        docker_image: input.dockerImage,
        startup: input.startup,
        environment: completeEggEnvironment(variables, input.environment),
        limits: vendor.limitsBody(input.limits),
        feature_limits: vendor.featureLimitsBody(input.featureLimits, input.limits.diskMb),
        start_on_completion: input.startOnCompletion ?? false,
        skip_scripts: false,
        ...(input.limits.oomDisabled === undefined ? {} : { oom_disabled: input.limits.oomDisabled }),
        ...vendor.createExtras(input),
        ...placement,
      },
      schema: zServer,
      what: "creating the server",
    });

    return toServer(json);
  }

  async findServerByExternalId(externalId: string) {
    try {
      const json = await this.app.request({
        method: "GET",
        path: `${APP}/servers/external/${encodeURIComponent(externalId)}`,
        query: withAllocations,
        schema: zServer,
        what: "looking the server up by external id",
      });

      return toServer(json);
    } catch (err) {
      if (err instanceof PanelError && err.kind === "not_found") return null;
      throw err;
    }
  }

  async getServer(id: string) {
    return toServer(
      await this.app.request({
        method: "GET",
        path: `${APP}/servers/${id}`,
        query: withAllocations,
        schema: zServer,
        what: "reading the server",
      }),
    );
  }

  async listServers() {
    return (await this.app.getAll(`${APP}/servers`, zServer, "listing servers", withAllocations)).map(
      toServer,
    );
  }

  async updateBuild(id: string, input: UpdateBuildInput) {
    const primaryAllocationId = input.primaryAllocationId ?? (await this.getServer(id)).primaryAllocationId;
    const { vendor } = this;
    const json = await this.app.request({
      method: "PATCH",
      path: `${APP}/servers/${id}/build`,
      body: vendor.buildBody({
        allocation: vendor.bodyId(primaryAllocationId),
        limits: input.limits,
        featureLimits: vendor.featureLimitsBody(input.featureLimits, input.limits.diskMb),
        addAllocations: (input.addAllocationIds ?? []).map(vendor.bodyId),
        removeAllocations: (input.removeAllocationIds ?? []).map(vendor.bodyId),
      }),
      schema: zServer,
      what: "changing the server's resources",
    });

    return toServer(json);
  }

  async updateStartup(id: string, input: UpdateStartupInput) {
    const variables = input.eggVariables ?? (await this.getEgg(input.nestId, input.eggId)).variables;
    const json = await this.app.request({
      method: "PATCH",
      path: `${APP}/servers/${id}/startup`,
      body: {
        startup: input.startup,
        environment: completeEggEnvironment(variables, input.environment),
        egg: this.vendor.bodyId(input.eggId),
        image: input.dockerImage,
        skip_scripts: input.skipScripts ?? false,
      },
      schema: zServer,
      what: "changing the server's startup settings",
    });

    return toServer(json);
  }

  async updateDetails(id: string, input: UpdateDetailsInput) {
    const json = await this.app.request({
      method: "PATCH",
      path: `${APP}/servers/${id}/details`,
      // All four, always: an omitted external_id would be cleared and an omitted description emptied.
      body: {
        name: input.name,
        user: this.vendor.bodyId(input.userId),
        external_id: input.externalId,
        description: input.description,
      },
      schema: zServer,
      what: "changing the server's details",
    });

    return toServer(json);
  }

  async suspendServer(id: string) {
    await this.app.request({
      method: "POST",
      path: `${APP}/servers/${id}/suspend`,
      what: "suspending the server",
    });
  }

  async unsuspendServer(id: string) {
    await this.app.request({
      method: "POST",
      path: `${APP}/servers/${id}/unsuspend`,
      what: "unsuspending the server",
    });
  }

  async reinstallServer(id: string) {
    await this.app.request({
      method: "POST",
      path: `${APP}/servers/${id}/reinstall`,
      what: "reinstalling the server",
    });
  }

  async deleteServer(id: string, options: { force?: boolean } = {}) {
    try {
      await this.app.request({
        method: "DELETE",
        path: `${APP}/servers/${id}${options.force ? "/force" : ""}`,
        what: "deleting the server",
      });
    } catch (err) {
      // Already gone is what we wanted.
      if (err instanceof PanelError && err.kind === "not_found") return;
      throw err;
    }
  }

  async listFreeAllocations(nodeId: string) {
    const { path, query } = this.vendor.freeAllocations(nodeId);
    const allocations = await this.app.getAll(path, zAllocation, "listing free allocations", query);

    return allocations
      .map((allocation) => toAllocation(allocation, nodeId))
      .filter((allocation) => !allocation.assigned);
  }

  async listAllocations(nodeId: string) {
    const allocations = await this.app.getAll(
      `${APP}/nodes/${nodeId}/allocations`,
      zAllocation,
      "listing the node's allocations",
    );

    return allocations.map((allocation) => toAllocation(allocation, nodeId));
  }

  getResources(identifier: string) {
    return this.client.request({
      method: "GET",
      path: `/api/client/servers/${identifier}/resources`,
      schema: this.vendor.resourcesSchema,
      what: "reading the server's usage",
    });
  }

  async sendPowerSignal(identifier: string, signal: PowerSignal) {
    await this.client.request({
      method: "POST",
      path: `/api/client/servers/${identifier}/power`,
      body: { signal },
      what: `sending "${signal}" to the server`,
    });
  }
}
