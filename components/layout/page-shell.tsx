import type { ReactNode } from "react";
import type { NavArea } from "@/components/layout/nav-items";
import { SiteHeader } from "@/components/layout/site-header";

/** Header plus a centred main column: the frame of every signed-in and public page. */
export const PageShell = ({ area, children }: { area: NavArea; children: ReactNode }) => (
  <div className="flex min-h-dvh flex-col">
    <SiteHeader area={area} />
    <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">{children}</main>
  </div>
);
