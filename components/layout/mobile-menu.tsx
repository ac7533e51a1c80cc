"use client";

import { Menu, X } from "lucide-react";
import { type ReactNode, useState } from "react";
import type { NavItem } from "@/components/layout/nav-items";
import { NavLinks } from "@/components/layout/nav-links";

/** Below the `md` breakpoint the navigation folds into this toggle. */
export const MobileMenu = ({ items, footer }: { items: NavItem[]; footer: ReactNode }) => {
  const [open, setOpen] = useState(false);

  return (
    <div className="md:hidden">
      <button
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls="mobile-menu"
        className="rounded-md p-2 text-slate-600 hover:bg-slate-100"
      >
        {open ? <X aria-hidden className="size-5" /> : <Menu aria-hidden className="size-5" />}
        <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
      </button>
      {open && (
        <nav
          id="mobile-menu"
          aria-label="Main"
          className="absolute inset-x-0 top-16 z-20 border-b border-slate-200 bg-white px-4 py-3 shadow-lg"
        >
          <NavLinks items={items} vertical onNavigate={() => setOpen(false)} />
          <div className="mt-3 border-t border-slate-200 pt-3">{footer}</div>
        </nav>
      )}
    </div>
  );
};
