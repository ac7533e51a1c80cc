import { expect, test } from "@playwright/test";
import { login, logout, newCustomer, register } from "../support/accounts";

test("[CUSTOMER][AUTH]: register, sign out, sign in, then change name and password", async ({ page }) => {
  const customer = newCustomer("lifecycle");
  await register(page, customer);
  await expect(page.getByRole("heading", { name: `Welcome, ${customer.firstName}` })).toBeVisible();
  await expect(page.getByText("No services yet")).toBeVisible();

  await logout(page);
  await login(page, customer);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole("link", { name: "Account" }).first().click();
  await page.getByLabel("First name").fill("Jordan");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name has been saved.")).toBeVisible();
  await expect(page.getByTestId("current-user").first()).toContainText(`Jordan ${customer.lastName}`);

  // Wrong current password: refused, next to the field.
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("brand new password");
  await page.getByLabel("Repeat new password").fill("brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();

  await expect(page.getByLabel("Current password")).toHaveValue("");
  await page.getByLabel("Current password").fill(customer.password);
  await page.getByLabel("New password", { exact: true }).fill("brand new password");
  await page.getByLabel("Repeat new password").fill("brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
  // This session survived the change.
  await page.reload();
  await expect(page.getByTestId("current-user").first()).toContainText("Jordan");

  await logout(page);
  await login(page, customer);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await login(page, { email: customer.email, password: "brand new password" });
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("[AUTH]: an email is taken whatever its case", async ({ page }) => {
  const customer = newCustomer("dupe");
  await register(page, customer);
  await logout(page);
  await page.goto("/register");
  await page.getByLabel("First name").fill("Other");
  await page.getByLabel("Last name").fill("Person");
  await page.getByLabel("Email").fill(customer.email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill("another password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("First name")).toHaveValue("Other");
});

test("[AUTH]: a password change signs out the user's other sessions", async ({ page, browser }) => {
  const customer = newCustomer("sessions");
  await register(page, customer);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await login(other, customer);
  await expect(other).toHaveURL(/\/dashboard$/);

  await page.goto("/account");
  await page.getByLabel("Current password").fill(customer.password);
  await page.getByLabel("New password", { exact: true }).fill("rotated password 9");
  await page.getByLabel("Repeat new password").fill("rotated password 9");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  await otherDevice.close();
});
