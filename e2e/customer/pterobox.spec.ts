import { expect, type Page, test } from "@playwright/test";
import { loginAsAdmin, logout, newCustomer, register } from "../support/accounts";
import { addConnection, simServers } from "../support/panels";

const card = (page: Page, name: string) => page.getByRole("listitem", { name, exact: true });
const quota = (page: Page, resource: string) => page.getByTestId(`quota-${resource}`);

const createServer = async (page: Page, boxId: string, server: { name: string; game: string; memory: string }) => {
  await page.goto(`/services/${boxId}/servers/new`);
  await page.getByLabel("Server name").fill(server.name);
  await page.getByRole("radio", { name: server.game }).check();
  await page.getByLabel("Memory (MB)").fill(server.memory);
};

test("[CUSTOMER][PTEROBOX]: order a box, create two servers with different games, resize, refusals, delete; the admin sees the same", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await loginAsAdmin(page);
  const connectionId = await addConnection(page, { flavor: "pterodactyl", name: "PteroBox panel" });
  await page.goto(`/admin/offers/new?type=pterobox&connection=${connectionId}`);
  await page.getByLabel("Name", { exact: true }).fill("Box 4 GB");
  await page.getByLabel("Price").fill("9.50");
  await page.getByLabel("Location", { exact: true }).selectOption({ label: "fr (Gravelines, France)" });
  for (const egg of ["Paper", "Vanilla Minecraft"]) await page.getByRole("checkbox", { name: egg }).check();
  await page.getByLabel("Memory (GB, total)").fill("4");
  await page.getByLabel("Disk (GB, total)").fill("20");
  await page.getByLabel("CPU (cores, total)").fill("2.5");
  await page.getByLabel("Allocations (total)").fill("3");
  await page.getByLabel("Server name", { exact: true }).fill("%owner_firstname%'s server");
  // Removing an option leaves the next one's values as they were typed.
  for (const [label, price] of [["Scratch", "9.99"], ["More memory", "1.00"]] as const) {
    await page.getByRole("button", { name: "Extra resource" }).click();
    const row = page.getByTestId(label === "Scratch" ? "option-0" : "option-1");
    await row.getByLabel("Label shown to customers").fill(label);
    await row.getByLabel("Price per unit").fill(price);
  }
  await page.getByRole("button", { name: "Remove option Scratch" }).click();
  await expect(page.getByTestId("option-0").getByLabel("Label shown to customers")).toHaveValue("More memory");
  await expect(page.getByTestId("option-0").getByLabel("Price per unit")).toHaveValue("1.00");
  await expect(page.getByTestId("option-1")).toHaveCount(0);
  // A refused save keeps everything chosen, checkboxes included.
  await page.getByLabel("Servers allowed").fill("0");
  await page.getByRole("button", { name: "Create PteroBox" }).click();
  await expect(page.getByText("Servers allowed must be at least 1.")).toBeVisible();
  for (const egg of ["Paper", "Vanilla Minecraft"]) await expect(page.getByRole("checkbox", { name: egg })).toBeChecked();
  await expect(page.getByLabel("Memory (GB, total)")).toHaveValue("4");
  await expect(page.getByLabel("Location", { exact: true }).locator("option:checked")).toHaveText("fr (Gravelines, France)");
  await page.getByLabel("Servers allowed").fill("3");
  await page.getByRole("button", { name: "Create PteroBox" }).click();
  await expect(page.getByText("Offer saved.")).toBeVisible();
  await logout(page);

  const customer = newCustomer("boxer");
  await register(page, customer);
  await page.goto("/offers");
  const offer = page.getByRole("article", { name: "Box 4 GB" });
  await expect(offer).toContainText("Up to 3 servers");
  await offer.getByRole("link", { name: "Order" }).click();
  await expect(page.getByTestId("summary-memory")).toHaveText("4 GB");
  await page.getByRole("button", { name: "Order now" }).click();
  await page.waitForURL(/\/services\//);
  const boxId = page.url().split("/services/")[1]!.split("?")[0]!;
  await expect(page.locator('[data-status="active"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "No server yet" })).toBeVisible();
  await expect(quota(page, "memoryMb")).toHaveText("0 MB / 4 GB");
  await expect(quota(page, "cpuPercent")).toHaveText("0 cores / 2.5 cores");

  // Two servers, two games. The name starts from the offer's template.
  await page.goto(`/services/${boxId}/servers/new`);
  await expect(page.getByLabel("Server name")).toHaveValue("Casey's server");
  await createServer(page, boxId, { name: "Survival", game: "Paper", memory: "2048" });
  await page.getByRole("button", { name: "Create server" }).click();
  await page.waitForURL(/created=1/);
  await expect(card(page, "Survival")).toBeVisible();
  await expect(quota(page, "memoryMb")).toHaveText("2 GB / 4 GB");

  // What does not fit is said before sending, in the server's words.
  await createServer(page, boxId, { name: "Creative", game: "Vanilla Minecraft", memory: "3072" });
  await expect(page.getByText("Only 2 GB of memory left.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create server" })).toBeDisabled();
  await page.getByLabel("Memory (MB)").fill("1024");
  await page.getByRole("button", { name: "Create server" }).click();
  await page.waitForURL(/created=1/);
  await expect(quota(page, "memoryMb")).toHaveText("3 GB / 4 GB");
  await expect(quota(page, "servers")).toHaveText("2 / 3");

  // Both turn active by themselves; each has its own game and address on the panel.
  for (const name of ["Survival", "Creative"])
    await expect(card(page, name).getByTestId("box-server-state")).not.toContainText("Creating", { timeout: 30_000 });
  // Only this spec names servers Survival, Creative and Late.
  const boxServers = async () =>
    (await simServers("pterodactyl")).filter((server) => ["Survival", "Creative", "Late"].includes(server.name));
  const named = async (name: string) => (await boxServers()).find((server) => server.name === name)!;
  const survival = await named("Survival");
  expect(survival.eggId).not.toBe((await named("Creative")).eggId);
  expect(survival.memory).toBe(2048);
  const address = `:${survival.allocations.find((allocation) => allocation.primary)!.port}`;
  await expect(card(page, "Survival")).toContainText(address);

  // The server refuses again what another tab made impossible meanwhile.
  const other = await page.context().newPage();
  await createServer(other, boxId, { name: "Late", game: "Paper", memory: "1024" });
  await expect(other.getByRole("button", { name: "Create server" })).toBeEnabled();

  // Resize within what is left: 3.5 GB does not fit, 3 GB does.
  await card(page, "Survival").getByText("Edit name and size").click();
  const memory = card(page, "Survival").getByLabel("Memory (MB)");
  await memory.fill("3584");
  await expect(card(page, "Survival").getByText("Only 3 GB of memory left.")).toBeVisible();
  await memory.fill("3072");
  await card(page, "Survival").getByRole("button", { name: "Save changes" }).click();
  await expect(card(page, "Survival").getByText("Saved: the panel has the new size.")).toBeVisible();
  await expect(quota(page, "memoryMb")).toHaveText("4 GB / 4 GB");
  await expect(page.locator('[data-resource="memoryMb"]')).toHaveAttribute("data-full", "true");
  expect((await named("Survival")).memory).toBe(3072);

  await other.getByRole("button", { name: "Create server" }).click();
  await expect(other.getByText("No memory left in this box.").first()).toBeVisible();
  await other.close();
  expect(await boxServers()).toHaveLength(2);

  // Delete one: confirmed first, then its memory is back.
  await card(page, "Creative").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("dialog")).toContainText("cannot be undone");
  await page.getByRole("dialog").getByRole("button", { name: "Delete server" }).click();
  await page.waitForURL(/deleted=1/);
  await expect(card(page, "Creative")).toHaveCount(0);
  await expect(quota(page, "memoryMb")).toHaveText("3 GB / 4 GB");
  await expect(quota(page, "servers")).toHaveText("1 / 3");
  expect((await simServers("pterodactyl")).some((server) => server.name === "Creative")).toBe(false);

  // Each server has the full server page, power included.
  await card(page, "Survival").getByRole("link", { name: "Manage" }).click();
  await expect(page.getByRole("heading", { name: "Survival" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Addresses" })).toContainText(address);
  const power = (label: string) => page.getByRole("group", { name: "Power" }).getByRole("button", { name: label, exact: true });
  await expect(page.locator('[data-state="running"]')).toBeVisible({ timeout: 20_000 });
  await power("Stop").click();
  await expect(page.locator('[data-state="offline"]')).toBeVisible({ timeout: 15_000 });

  // The admin sees the same figures and servers.
  const admin = await (await browser.newContext()).newPage();
  await loginAsAdmin(admin);
  await admin.goto(`/admin/services/${boxId}`);
  await expect(admin.getByRole("heading", { name: "Box 4 GB (PteroBox)" })).toBeVisible();
  await expect(quota(admin, "memoryMb")).toHaveText("3 GB / 4 GB");
  await expect(quota(admin, "servers")).toHaveText("1 / 3");
  const table = admin.getByRole("table", { name: "Box servers" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Survival");
  await expect(table).toContainText("Paper");
  await expect(table).toContainText(address);
});
