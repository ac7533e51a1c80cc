import { expect, type Page } from "@playwright/test";
import { SIMULATORS, simulatorKeys } from "./simulator";

/** Adds a connection to a running simulator through the admin UI (the admin must be signed in). */
export const addConnection = async (
  page: Page,
  { flavor, name }: { flavor: keyof typeof SIMULATORS; name: string },
) => {
  const keys = await simulatorKeys(flavor);
  await page.goto("/admin/panels/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Panel type").selectOption(flavor);
  await page.getByLabel("Host name").fill(SIMULATORS[flavor]);
  await page.getByLabel("Client API key").fill(keys.client);
  await page.getByLabel("Application API key").fill(keys.application);
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Nodes" })).toBeVisible();

  return page.url().split("/").pop()!.split("?")[0]!;
};

export type SimServer = {
  id: number;
  externalId: string | null;
  name: string;
  memory: number;
  disk: number;
  cpu: number;
  eggId: number;
  environment: Record<string, string>;
  allocations: Array<{ port: number; nodeId: number; primary: boolean }>;
  suspended: boolean;
};

export const simServers = async (flavor: keyof typeof SIMULATORS) =>
  (await (await fetch(`${SIMULATORS[flavor]}/__control/servers`)).json()) as SimServer[];
