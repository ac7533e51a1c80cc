"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { importServerAction } from "@/lib/actions/admin/services/import-server";

export const ImportForm = ({
  connectionId,
  servers,
  offers,
}: {
  connectionId: string;
  servers: Array<{ id: string; label: string }>;
  offers: Array<{ id: string; name: string }>;
}) => {
  const [state, action] = useActionState(importServerAction, undefined);
  const failed = state && !state.ok ? state : undefined;

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="connectionId" value={connectionId} />
      <SelectField
        name="panelServerId"
        label={`Server on the panel (${servers.length} not linked yet)`}
        options={[
          { value: "", label: "Choose a server…" },
          ...servers.map((server) => ({ value: server.id, label: server.label })),
        ]}
        defaultValue={failed?.values?.panelServerId}
        errors={failed?.fieldErrors?.panelServerId}
      />
      <FormField
        name="customerEmail"
        label="Customer's email"
        type="email"
        defaultValue={failed?.values?.customerEmail}
        errors={failed?.fieldErrors?.customerEmail}
        hint="The customer must already have an account."
      />
      <SelectField
        name="offerId"
        label="Offer"
        options={[
          { value: "", label: "Choose an offer…" },
          ...offers.map((offer) => ({ value: offer.id, label: offer.name })),
        ]}
        defaultValue={failed?.values?.offerId}
        errors={failed?.fieldErrors?.offerId}
        hint="Billing follows the offer; the server keeps its current limits."
      />
      <SubmitButton pendingLabel="Importing…">Import server</SubmitButton>
    </form>
  );
};
