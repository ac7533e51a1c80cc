import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { requireAdmin } from "@/lib/auth/guards";

// Customers get a 404 here (requireAdmin); every admin page checks again itself.
const AdminLayout = async ({ children }: { children: ReactNode }) => {
  await requireAdmin();

  return <PageShell area="admin">{children}</PageShell>;
};

export default AdminLayout;
