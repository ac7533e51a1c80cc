import { expect, test } from "@playwright/test";
import { login, logout, newCustomer, register } from "../support/accounts";

test("[AUTH]: a wrong password says so and keeps the email", async ({ page }) => {
  const customer = newCustomer("typo");
  await register(page, customer);
  await logout(page);
  await login(page, { email: customer.email, password: "wrong password" });
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(customer.email);
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH]: repeated failures lock the email, even for the right password", async ({ page }) => {
  const customer = newCustomer("throttled");
  await register(page, customer);
  await logout(page);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await login(page, { email: customer.email, password: `wrong ${attempt}` });
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  // The fifth failure locks: the message says so at once, with the wait.
  await login(page, { email: customer.email, password: "wrong 5" });
  await expect(page.getByText("Too many failed sign-in attempts. Try again in 15 minutes.")).toBeVisible();
  await login(page, customer);
  await expect(page.getByText(/Too many failed sign-in attempts/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH]: empty fields get a message each", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email is required.")).toBeVisible();
  await expect(page.getByText("Password is required.")).toBeVisible();
});
