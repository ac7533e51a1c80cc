import { Server } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Dashboard" };

const DashboardPage = async () => {
  const user = await requireUser();

  return (
    <>
      <PageHeader title={`Welcome, ${user.firstName}`} description="Your game servers and services." />
      <Card>
        <EmptyState
          icon={Server}
          title="No services yet"
          description="When you order a game server it shows up here, with its state and address."
        />
      </Card>
    </>
  );
};

export default DashboardPage;
