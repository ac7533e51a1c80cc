import { afterAll, beforeAll, beforeEach } from "vitest";
import { getPanelAdapter } from "@/lib/panels";
import type { PanelHttpOptions } from "@/lib/panels/http";
import type { Flavor } from "@/lib/panels/simulator/model";
import { PanelSimulator } from "@/lib/panels/simulator/simulator";
import type { PanelAdapter } from "@/lib/panels/types";

export type SimFixture = {
  sim: PanelSimulator;
  /** An adapter with the simulator's full-access keys (and any HTTP option overrides). */
  adapter: (
    http?: Omit<PanelHttpOptions, "baseUrl" | "apiKey" | "accept">,
    keys?: { application?: string; client?: string },
  ) => PanelAdapter;
  /** Waits recorded by adapters built with `adapter()`, instead of really sleeping. */
  sleeps: number[];
};

/**
 * A simulator per test file, reset before each test: tests talk to it over real HTTP. Retry waits are
 * recorded, not slept, so Retry-After handling is asserted without slowing the suite.
 */
export const setupSimulator = (flavor: Flavor): SimFixture => {
  const fixture = {
    sim: new PanelSimulator({ flavor, settings: { installDelayMs: 100, powerDelayMs: 100 } }),
    sleeps: [] as number[],
  } as SimFixture;
  fixture.adapter = (http = {}, keys = {}) =>
    getPanelAdapter({
      kind: flavor,
      baseUrl: fixture.sim.url,
      applicationKey: keys.application ?? fixture.sim.keys.application,
      clientKey: keys.client ?? fixture.sim.keys.client,
      http: {
        sleep: async (ms) => {
          fixture.sleeps.push(ms);
        },
        ...http,
      },
    });
  beforeAll(() => fixture.sim.listen());
  afterAll(() => fixture.sim.close());
  beforeEach(() => {
    fixture.sim.reset();
    fixture.sleeps.length = 0;
  });

  return fixture;
};

export const waitFor = async <T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("waitFor: timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
