import { expect, test } from "@playwright/test";
import { ADMIN, fillAccountForm } from "../support/accounts";

test("[SETUP]: the first visitor creates the admin, then /setup is gone for good", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expect(page.getByText("This portal has no administrator yet.")).toBeVisible();
  await page.getByRole("link", { name: "Finish the setup" }).click();
  await expect(page).toHaveURL(/\/setup$/);

  // A rule broken on the first try: a clear message, nothing created.
  await fillAccountForm(page, { ...ADMIN, password: "short" });
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();

  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("current-user").first()).toContainText("Alex Admin");

  // Gone for the admin and for any other visitor.
  const response = await page.goto("/setup");
  expect(response?.status()).toBe(404);
  const stranger = await browser.newPage();
  const strangerResponse = await stranger.goto("/setup");
  expect(strangerResponse?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await stranger.goto("/");
  await expect(stranger.getByText("This portal has no administrator yet.")).toHaveCount(0);
  await stranger.close();
});
