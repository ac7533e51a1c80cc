export type NavArea = "public" | "customer" | "admin";
export type NavItem = { href: string; label: string; exact?: boolean };

export const CUSTOMER_NAV: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/offers", label: "Offers" },
  { href: "/account", label: "Account" },
];

/** Anonymous visitors: the catalogue. */
export const PUBLIC_NAV: NavItem[] = [{ href: "/offers", label: "Offers" }];

export const ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/services", label: "Services" },
  { href: "/admin/offers", label: "Offers" },
  { href: "/admin/panels", label: "Panels" },
  { href: "/admin/customers", label: "Customers" },
  { href: "/admin/settings", label: "Settings" },
];

export const navFor = (area: NavArea): NavItem[] =>
  area === "admin" ? ADMIN_NAV : area === "customer" ? CUSTOMER_NAV : PUBLIC_NAV;
