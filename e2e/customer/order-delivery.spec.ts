import { expect, test } from "@playwright/test";
import { loginAsAdmin, logout, newCustomer, register } from "../support/accounts";
import { createOffer } from "../support/offers";
import { addConnection, simServers } from "../support/panels";

test("[ADMIN][CUSTOMER][ORDER]: a Pterodactyl offer with two eggs and options, ordered and delivered as configured", async ({
  page,
}) => {
  await loginAsAdmin(page);
  const connectionId = await addConnection(page, { flavor: "pterodactyl", name: "Orders EU" });
  await createOffer(page, connectionId, {
    name: "Game 2 GB",
    price: "6.50",
    eggs: ["Paper", "FiveM"],
    memory: "2048",
  });
  await page.getByRole("button", { name: "Extra resource" }).click();
  const option = page.getByTestId("option-0");
  await option.getByLabel("Label shown to customers").fill("More memory");
  await option.getByLabel("To MB").fill("2048");
  await option.getByLabel("Step MB").fill("1024");
  await page.getByRole("button", { name: "Create offer" }).click();
  await expect(page.getByText("Offer saved.")).toBeVisible();
  await logout(page);

  const customer = newCustomer("buyer");
  await register(page, customer);
  await page.getByRole("link", { name: "Offers" }).first().click();
  const card = page.getByRole("article", { name: "Game 2 GB" });
  await expect(card).toContainText("€6.50 / month");
  await card.getByRole("link", { name: "Order" }).click();
  await page.getByRole("radio", { name: "FiveM" }).check();
  await page.getByLabel("More memory").fill("2048");
  await expect(page.getByTestId("summary-memory")).toHaveText("4 GB");
  await expect(page.getByTestId("summary-price")).toHaveText("€8.50 / month");
  // Checked against the egg's own rules before anything reaches the panel.
  await page.getByRole("button", { name: "Order now" }).click();
  await expect(page.getByText("The FiveM License variable field is required.")).toBeVisible();
  await page.getByLabel("FiveM License").fill("cfxk_e2e_license");
  await page.getByLabel("Max Players").fill("16");
  await page.getByRole("button", { name: "Order now" }).click();
  await expect(page.getByText("Thank you for your order!")).toBeVisible();
  const serviceId = page.url().split("/services/")[1]!.split("?")[0]!;
  // Becomes active by itself, without a reload.
  await expect(page.locator('[data-status="active"]')).toBeVisible({ timeout: 20_000 });

  const server = (await simServers("pterodactyl")).find((candidate) => candidate.externalId === serviceId)!;
  expect(server).toMatchObject({
    name: `Game 2 GB for ${customer.firstName}`,
    memory: 4096,
    disk: 10240,
    cpu: 100,
  });
  expect(server.environment).toMatchObject({
    FIVEM_LICENSE: "cfxk_e2e_license",
    MAX_PLAYERS: "16",
    SERVER_HOSTNAME: "My new FXServer!",
  });
  await page.goto("/dashboard");
  await expect(
    page.getByRole("link", { name: new RegExp(`Game 2 GB for ${customer.firstName}`) }),
  ).toContainText("Active");
});

test("[ADMIN][CUSTOMER][ORDER]: a Wisp offer is ordered and delivered", async ({ page }) => {
  await loginAsAdmin(page);
  const connectionId = await addConnection(page, { flavor: "wisp", name: "Orders Wisp" });
  await createOffer(page, connectionId, { name: "Rust 4 GB", price: "9", eggs: ["Rust"], memory: "4096" });
  await page.getByRole("button", { name: "Create offer" }).click();
  await expect(page.getByText("Offer saved.")).toBeVisible();
  await logout(page);

  const customer = newCustomer("wisper");
  await register(page, customer);
  await page.goto("/offers");
  await page.getByRole("article", { name: "Rust 4 GB" }).getByRole("link", { name: "Order" }).click();
  await page.getByLabel("Server Name").fill("My Rust world");
  await page.getByRole("button", { name: "Order now" }).click();
  await expect(page.locator('[data-status="active"]')).toBeVisible({ timeout: 20_000 });
  const serviceId = page.url().split("/services/")[1]!.split("?")[0]!;
  const server = (await simServers("wisp")).find((candidate) => candidate.externalId === serviceId)!;
  expect(server).toMatchObject({ name: `Rust 4 GB for ${customer.firstName}`, memory: 4096 });
  expect(server.environment).toMatchObject({ HOSTNAME: "My Rust world", RCON_PORT: "28016" });
});
