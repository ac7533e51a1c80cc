import { expect, type Page } from "@playwright/test";

/** Creates an offer on a connection through the admin form (the admin must be signed in). */
export const createOffer = async (
  page: Page,
  connectionId: string,
  offer: { name: string; price: string; eggs: string[]; memory: string; nameTemplate?: string },
) => {
  await page.goto(`/admin/offers/new?connection=${connectionId}`);
  await page.getByLabel("Name", { exact: true }).fill(offer.name);
  await page.getByLabel("Price").fill(offer.price);
  await page.getByLabel("Location", { exact: true }).selectOption({ label: "fr (Gravelines, France)" });
  for (const egg of offer.eggs) await page.getByRole("checkbox", { name: egg }).check();
  await page.getByLabel("Memory (MB)").fill(offer.memory);
  await page.getByLabel("Server name", { exact: true }).fill(offer.nameTemplate ?? "%product_name% for %owner_firstname%");
};

export const saveOffer = async (page: Page) => {
  await page.getByRole("button", { name: /^(Create|Save) offer$/ }).click();
  await expect(page.getByText("Offer saved.")).toBeVisible();
};
