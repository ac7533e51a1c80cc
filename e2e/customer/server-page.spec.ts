import { expect, type Page, test } from "@playwright/test";
import { loginAsAdmin, logout, newCustomer, register } from "../support/accounts";
import { createOffer, saveOffer } from "../support/offers";
import { addConnection, simServers } from "../support/panels";

const state = (page: Page, name: string) => page.locator(`[data-state="${name}"]`);
const power = (page: Page, label: string) => page.getByRole("group", { name: "Power" }).getByRole("button", { name: label, exact: true });

test("[CUSTOMER][SERVER]: installing to running, address, moving usage, power, settings, reinstall with another egg, rename, suspension", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await loginAsAdmin(page);
  const connectionId = await addConnection(page, { flavor: "pterodactyl", name: "Server page panel" });
  await createOffer(page, connectionId, { name: "Craft 3 GB", price: "5", eggs: ["Paper", "Vanilla Minecraft"], memory: "3072" });
  await saveOffer(page);
  await logout(page);

  const customer = newCustomer("owner");
  await register(page, customer);
  await page.goto("/offers");
  await page.getByRole("article", { name: "Craft 3 GB" }).getByRole("link", { name: "Order" }).click();
  await page.getByRole("button", { name: "Order now" }).click();
  await page.waitForURL(/\/services\//);
  const serviceId = page.url().split("/services/")[1]!.split("?")[0]!;

  // Installing first, then running (the offer starts servers once installed), without a reload.
  await expect(state(page, "installing")).toBeVisible({ timeout: 20_000 });
  await expect(power(page, "Start")).toBeDisabled();
  await expect(state(page, "running")).toBeVisible({ timeout: 20_000 });
  const server = () => simServers("pterodactyl").then((servers) => servers.find((candidate) => candidate.externalId === serviceId)!);
  const primary = (await server()).allocations.find((allocation) => allocation.primary)!;
  await expect(page.getByRole("list", { name: "Addresses" })).toContainText(`:${primary.port}`);
  await expect(page.getByRole("button", { name: /^Copy .+:\d+$/ })).toBeVisible();

  const cpu = page.getByTestId("usage-cpu");
  const first = await cpu.textContent();
  await expect(cpu).not.toHaveText(first ?? "", { timeout: 15_000 });
  await expect(page.getByRole("img", { name: "CPU over the last minutes" })).toBeVisible({ timeout: 15_000 });

  await power(page, "Stop").click();
  await expect(state(page, "offline")).toBeVisible({ timeout: 15_000 });
  await expect(power(page, "Stop")).toBeDisabled();
  await power(page, "Start").click();
  await expect(state(page, "running")).toBeVisible({ timeout: 15_000 });
  await power(page, "Restart").click();
  await expect(state(page, "starting")).toBeVisible({ timeout: 10_000 });
  await power(page, "Kill").click();
  await expect(state(page, "offline")).toBeVisible({ timeout: 10_000 });

  // A setting the other egg also has: it must survive the switch.
  await page.getByLabel("Server Jar File").fill("custom.jar");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved. Restart the server for the change to take effect.")).toBeVisible();
  await page.getByRole("button", { name: "Reinstall" }).click();
  await expect(page.getByRole("dialog")).toContainText("All files on the server are erased");
  await page.getByRole("dialog").getByLabel("Game").selectOption({ label: "Vanilla Minecraft" });
  await page.getByRole("button", { name: "Erase everything and reinstall" }).click();
  await expect(state(page, "installing")).toBeVisible({ timeout: 15_000 });
  const reinstalled = await server();
  expect(reinstalled.environment).toMatchObject({ SERVER_JARFILE: "custom.jar", VANILLA_VERSION: "latest" });
  expect(reinstalled.environment.MINECRAFT_VERSION).toBeUndefined();

  await page.getByLabel("Server name", { exact: true }).fill("Survival with friends");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed.")).toBeVisible();
  expect((await server()).name).toBe("Survival with friends");
  await expect(page.getByRole("list", { name: "History" })).toContainText("Renamed to “Survival with friends”.");

  // An admin suspends the service: the owner sees it, with power switched off.
  const adminPage = await (await browser.newContext()).newPage();
  await loginAsAdmin(adminPage);
  await adminPage.goto(`/admin/services/${serviceId}`);
  await adminPage.getByRole("button", { name: "Suspend" }).click();
  await adminPage.getByLabel("Reason (shown to the customer)").fill("Payment overdue.");
  await adminPage.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
  await expect(adminPage.locator('[data-status="suspended"]')).toBeVisible();
  await page.reload();
  await expect(state(page, "suspended")).toBeVisible();
  await expect(page.getByText("This service is suspended. Payment overdue.")).toBeVisible();
  for (const label of ["Start", "Restart", "Stop", "Kill"]) await expect(power(page, label)).toBeDisabled();
  await expect(page.getByText("Power is off while the service is suspended.")).toBeVisible();
  expect((await server()).suspended).toBe(true);
});
