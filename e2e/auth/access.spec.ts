import { expect, test } from "@playwright/test";
import { ADMIN, login, newCustomer, register } from "../support/accounts";

test("[ANONYMOUS]: a private page sends the visitor to login, and back after signing in", async ({
  page,
}) => {
  const customer = newCustomer("returning");
  await register(page, customer);
  await page.context().clearCookies();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill(customer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.context().clearCookies();
  await page.goto("/admin/customers");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcustomers$/);
});

test("[CUSTOMER]: admin pages answer 404 and show no admin data", async ({ page }) => {
  const customer = newCustomer("curious");
  await register(page, customer);
  for (const path of [
    "/admin",
    "/admin/customers",
    "/admin/customers?q=admin",
    "/admin/panels",
    "/admin/panels/new",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(ADMIN.email)).toHaveCount(0);
    await expect(page.getByText("Customers", { exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("[ADMIN]: sees and searches customers", async ({ page }) => {
  const customer = newCustomer("findme");
  await register(page, customer);
  await page.context().clearCookies();
  await login(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Customers" }).first().click();
  await page.getByLabel("Search customers").fill(customer.email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("cell", { name: customer.email })).toBeVisible();
  await page.getByLabel("Search customers").fill("nobody-has-this-name");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No customer matches this search")).toBeVisible();
});

test("[CUSTOMER]: the navigation folds into a menu on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const customer = newCustomer("mobile");
  await register(page, customer);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Open menu" }).click();
  const menu = page.locator("#mobile-menu");
  await expect(menu.getByRole("link", { name: "Account" })).toBeVisible();
  await menu.getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  const hasHorizontalScroll = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(hasHorizontalScroll).toBe(false);
});
