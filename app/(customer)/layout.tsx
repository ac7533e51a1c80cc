import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { requireUser } from "@/lib/auth/guards";

const CustomerLayout = async ({ children }: { children: ReactNode }) => {
  await requireUser();

  return <PageShell area="customer">{children}</PageShell>;
};

export default CustomerLayout;
