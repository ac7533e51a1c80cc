export type NavArea = "public" | "customer" | "admin";
export type NavItem = { href: string; label: string; exact?: boolean };

export const CUSTOMER_NAV: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/account", label: "Account" },
];

export const ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/panels", label: "Panels" },
  { href: "/admin/customers", label: "Customers" },
];

export const navFor = (area: NavArea): NavItem[] =>
  area === "admin" ? ADMIN_NAV : area === "customer" ? CUSTOMER_NAV : [];
