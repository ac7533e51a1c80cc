import { Server } from "lucide-react";
import type { Metadata } from "next";
import { ServiceList } from "@/components/services/service-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listServicesForUser } from "@/lib/db/queries/services";

export const metadata: Metadata = { title: "Dashboard" };

const DashboardPage = async () => {
  const user = await requireUser();
  const services = await listServicesForUser(await getDb(), user.id);

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.firstName}`}
        description="Your game servers and services."
        actions={
          services.length > 0 && (
            <ButtonLink href="/offers" variant="secondary">
              Order another server
            </ButtonLink>
          )
        }
      />
      {services.length === 0 ? (
        <Card>
          <EmptyState
            icon={Server}
            title="No services yet"
            description="When you order a game server it shows up here, with its state and address."
            action={<ButtonLink href="/offers">Browse offers</ButtonLink>}
          />
        </Card>
      ) : (
        <ServiceList services={services.map(({ service, offerName }) => ({ service, offerName }))} />
      )}
    </>
  );
};

export default DashboardPage;
