import { Gamepad2 } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";

const AuthLayout = ({ children }: { children: ReactNode }) => (
  <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
    <Link href="/" className="mb-8 flex items-center gap-2 text-lg font-semibold text-slate-900">
      <Gamepad2 aria-hidden className="text-brand-600 size-7" />
      {getEnv().APP_NAME}
    </Link>
    <main className="w-full max-w-md rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
      {children}
    </main>
  </div>
);

export default AuthLayout;
