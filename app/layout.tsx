import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/app/providers";
import { DemoBanner } from "@/components/layout/demo-banner";
import { getEnv } from "@/lib/env";

export const generateMetadata = (): Metadata => {
  const name = getEnv().APP_NAME;

  return {
    title: { default: name, template: `%s · ${name}` },
    description: "Order and manage your game servers.",
  };
};

// Every page depends on who is signed in or on the database: never prerender at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body className="min-h-dvh">
      <DemoBanner />
      <Providers>{children}</Providers>
    </body>
  </html>
);

export default RootLayout;
