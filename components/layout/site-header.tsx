import { Gamepad2 } from "lucide-react";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { MobileMenu } from "@/components/layout/mobile-menu";
import { type NavArea, navFor } from "@/components/layout/nav-items";
import { NavLinks } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { getCurrentUser } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";

const AreaSwitch = ({ area, isAdmin }: { area: NavArea; isAdmin: boolean }) => {
  if (!isAdmin) return null;

  return area === "admin" ? (
    <Link href="/dashboard" className="text-sm font-medium text-slate-600 hover:text-slate-900">
      Customer view
    </Link>
  ) : (
    <Link href="/admin" className="text-brand-600 hover:text-brand-700 text-sm font-medium">
      Admin
    </Link>
  );
};

/** The header every page shares: brand, the area's navigation, and who is signed in. */
export const SiteHeader = async ({ area }: { area: NavArea }) => {
  const user = await getCurrentUser();
  const items = user ? navFor(area === "public" ? "customer" : area) : navFor("public");
  const isAdmin = user?.role === "admin";
  const signedIn = user && (
    <div className="flex flex-col gap-2 md:flex-row md:items-center md:gap-4">
      <AreaSwitch area={area} isAdmin={isAdmin} />
      <div className="text-sm leading-tight">
        <p className="font-medium text-slate-900" data-testid="current-user">
          {user.firstName} {user.lastName} {isAdmin && <Badge tone="brand">Admin</Badge>}
        </p>
        <p className="text-slate-500">{user.email}</p>
      </div>
      <SignOutButton className="-ml-3 md:ml-0" />
    </div>
  );
  const anonymous = (
    <div className="flex gap-2">
      <ButtonLink href="/login" variant="ghost" size="sm">
        Sign in
      </ButtonLink>
      <ButtonLink href="/register" size="sm">
        Create account
      </ButtonLink>
    </div>
  );

  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-6 px-4 sm:px-6">
        <div className="flex items-center gap-6">
          <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <Gamepad2 aria-hidden className="text-brand-600 size-6" />
            {getEnv().APP_NAME}
          </Link>
          {items.length > 0 && (
            <nav aria-label="Main" className="hidden md:block">
              <NavLinks items={items} />
            </nav>
          )}
        </div>
        <div className="hidden md:block">{user ? signedIn : anonymous}</div>
        <MobileMenu items={items} footer={user ? signedIn : anonymous} />
      </div>
    </header>
  );
};
