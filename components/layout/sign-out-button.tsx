import { LogOut } from "lucide-react";
import { logoutAction } from "@/lib/actions/auth/logout";
import { cn } from "@/lib/utils";

export const SignOutButton = ({ className }: { className?: string }) => (
  <form action={logoutAction}>
    <button
      type="submit"
      className={cn(
        "inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900",
        className,
      )}
    >
      <LogOut aria-hidden className="size-4" />
      Sign out
    </button>
  </form>
);
