/** What server name and description templates may use, with what each stands for. */
export const TEMPLATE_VARIABLES = {
  owner_email: "the customer's email",
  owner_username: "first and last name",
  owner_firstname: "first name",
  owner_lastname: "last name",
  product_name: "the offer's name",
  order_id: "the order number",
  service_id: "the service number",
  service_expiration: "the expiry date (YYYY-MM-DD)",
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export type TemplateValues = Record<TemplateVariable, string>;

/** The panel's limit for names and descriptions. */
export const PANEL_TEXT_LIMIT = 191;

/**
 * Replaces `%owner_email%`-style variables. Unknown `%x%` stay as they are; the result is trimmed and cut
 * to `limit` characters (the panel refuses longer names).
 */
export const renderTemplate = (template: string, values: TemplateValues, limit = PANEL_TEXT_LIMIT) =>
  template
    .replace(/%([a-z_]+)%/g, (match, name: string) =>
      name in values ? values[name as TemplateVariable] : match,
    )
    .trim()
    .slice(0, limit)
    .trim();

export const templateValues = ({
  owner,
  productName,
  orderId,
  serviceNumber,
  expiresAt,
}: {
  owner: { email: string; firstName: string; lastName: string };
  productName: string;
  orderId: number | null;
  serviceNumber: number;
  expiresAt: Date;
}): TemplateValues => ({
  owner_email: owner.email,
  owner_username: `${owner.firstName} ${owner.lastName}`,
  owner_firstname: owner.firstName,
  owner_lastname: owner.lastName,
  product_name: productName,
  order_id: orderId === null ? "" : String(orderId),
  service_id: String(serviceNumber),
  service_expiration: expiresAt.toISOString().slice(0, 10),
});

/** Sample values for the admin form's live preview. */
export const PREVIEW_VALUES: TemplateValues = {
  owner_email: "jane.doe@example.com",
  owner_username: "Jane Doe",
  owner_firstname: "Jane",
  owner_lastname: "Doe",
  product_name: "Minecraft 4 GB",
  order_id: "1042",
  service_id: "2087",
  service_expiration: "2026-12-31",
};
