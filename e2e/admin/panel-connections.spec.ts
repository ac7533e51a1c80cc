import { expect, type Page, test } from "@playwright/test";
import { ADMIN, login } from "../support/accounts";
import { SIMULATORS, simulatorKeys } from "../support/simulator";

const checkLine = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

test.beforeEach(async ({ page }) => {
  await login(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
});

test("[ADMIN][PANELS]: adds a Pterodactyl connection, tests it, fixes a bad key, browses eggs, deletes it", async ({
  page,
}) => {
  const keys = await simulatorKeys("pterodactyl");
  await page.getByRole("link", { name: "Panels" }).first().click();
  await expect(page.getByText("No panel connected yet")).toBeVisible();
  await page.getByRole("link", { name: "Add connection" }).click();

  // A client field holding an application key is caught before anything is saved.
  await page.getByLabel("Name", { exact: true }).fill("EU panel");
  await page.getByLabel("Host name").fill(SIMULATORS.pterodactyl);
  await page.getByLabel("Client API key").fill(keys.application);
  await page.getByLabel("Application API key").fill("ptla_wrongwrongwrongwrongwrongwrongwrongwrongwron");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByText(/This is an application key \(ptla_…\)/)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("EU panel");

  await page.getByLabel("Client API key").fill(keys.client);
  await page.getByLabel("Application API key").fill("ptla_wrongwrongwrongwrongwrongwrongwrongwrongwron");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByRole("heading", { name: "EU panel" })).toBeVisible();
  await expect(page.getByText(SIMULATORS.pterodactyl, { exact: true })).toBeVisible();
  // The catalogue could not be read with a bad key: said in words, page still usable.
  await expect(page.getByText(/Could not read the panel: The panel rejected the API key/)).toBeVisible();

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(checkLine(page, "reach")).toHaveAttribute("data-ok", "true");
  await expect(checkLine(page, "application-read")).toHaveAttribute("data-ok", "false");
  await expect(checkLine(page, "application-read")).toContainText("wrong, expired or revoked");
  await expect(checkLine(page, "client")).toHaveAttribute("data-ok", "true");

  // The page never shows the keys, only their last characters.
  await expect(page.getByText(keys.client)).toHaveCount(0);
  await expect(page.getByText(`ends in ${keys.client.slice(-4)}`)).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Client API key")).toHaveValue("");
  await page.getByLabel("Application API key").fill(keys.application);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await page.getByRole("button", { name: "Test connection" }).click();
  for (const id of ["reach", "application-read", "application-write", "client"]) {
    await expect(checkLine(page, id)).toHaveAttribute("data-ok", "true");
  }

  await page.getByRole("button", { name: "Refresh from panel" }).click();
  await expect(page.getByText(/Refreshed: 4 locations, 6 nodes, 5 eggs\./)).toBeVisible();
  const nodes = page.getByRole("table", { name: "Nodes" });
  await expect(nodes.getByRole("row", { name: /fr-gra-01/ })).toContainText("24 GB of 64 GB");
  await expect(nodes.getByRole("row", { name: /us-va-01/ })).toContainText("Private");
  await page.getByText("FiveM", { exact: false }).first().click();
  const variables = page.getByRole("table", { name: "Variables of FiveM" });
  await expect(variables.getByRole("row", { name: /FIVEM_LICENSE/ })).toContainText("Must be filled in");
  await expect(variables.getByRole("row", { name: /MAX_PLAYERS/ })).toContainText(
    "required|integer|between:1,48",
  );

  await page.getByRole("link", { name: "Panels" }).first().click();
  await expect(page.getByRole("row", { name: /EU panel/ })).toContainText("Working");
  await page.getByRole("link", { name: "EU panel" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("dialog")).toContainText("Servers on the panel are not touched.");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete connection" }).click();
  await expect(page.getByText("“EU panel” was deleted.")).toBeVisible();
  await expect(page.getByText("No panel connected yet")).toBeVisible();
});

test("[ADMIN][PANELS]: a Wisp connection passes its test and lists its eggs", async ({ page }) => {
  const keys = await simulatorKeys("wisp");
  await page.goto("/admin/panels/new");
  await page.getByLabel("Name", { exact: true }).fill("Wisp cluster");
  await page.getByLabel("Panel type").selectOption("wisp");
  await page.getByLabel("Host name").fill(SIMULATORS.wisp);
  await page.getByLabel("Client API key").fill(keys.client);
  await page.getByLabel("Application API key").fill(keys.application);
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByRole("table", { name: "Nodes" })).toContainText("fr-gra-02");
  await page.getByRole("button", { name: "Test connection" }).click();
  for (const id of ["reach", "application-read", "application-write", "client"]) {
    await expect(checkLine(page, id)).toHaveAttribute("data-ok", "true");
  }
  await expect(
    page.getByRole("region", { name: "Steam Games" }).locator("summary", { hasText: /^Rust · 7 variables$/ }),
  ).toBeVisible();
});

test("[ADMIN][PANELS]: a malformed or unknown connection id is a 404, not an error", async ({ page }) => {
  expect((await page.goto("/admin/panels/not-a-uuid"))?.status()).toBe(404);
  expect((await page.goto("/admin/panels/00000000-0000-4000-8000-000000000000/edit"))?.status()).toBe(404);
});
