import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";

const MarketingLayout = ({ children }: { children: ReactNode }) => (
  <PageShell area="public">{children}</PageShell>
);

export default MarketingLayout;
