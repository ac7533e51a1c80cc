import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** Created by the first-run spec, which every other spec depends on. */
export const ADMIN = {
  firstName: "Alex",
  lastName: "Admin",
  email: "admin@e2e.test",
  password: "admin password 1",
};

export const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}@e2e.test`;

export type Account = { firstName: string; lastName: string; email: string; password: string };

export const newCustomer = (prefix = "customer"): Account => ({
  firstName: "Casey",
  lastName: prefix.charAt(0).toUpperCase() + prefix.slice(1),
  email: uniqueEmail(prefix),
  password: "customer password 1",
});

export const fillAccountForm = async (page: Page, account: Account) => {
  await page.getByLabel("First name").fill(account.firstName);
  await page.getByLabel("Last name").fill(account.lastName);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
};

export const register = async (page: Page, account: Account) => {
  await page.goto("/register");
  await fillAccountForm(page, account);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
};

export const login = async (page: Page, { email, password }: { email: string; password: string }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

export const logout = async (page: Page) => {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page.getByText("You have been signed out.")).toBeVisible();
};

/** Signs the admin in and waits for the admin overview. */
export const loginAsAdmin = async (page: Page) => {
  await login(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
};
