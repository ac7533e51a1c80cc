"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/actions/action-result";

export type ConnectionFormValues = {
  id: string;
  name: string;
  kind: string;
  ipAddress: string | null;
  hostname: string;
  port: number;
  clientKeyHint: string;
  applicationKeyHint: string;
};

const KINDS = [
  { value: "pterodactyl", label: "Pterodactyl" },
  { value: "wisp", label: "Wisp" },
];

/** Create and edit share this form; on edit the key fields start blank and blank means unchanged. */
export const PanelConnectionForm = ({
  action,
  current,
}: {
  action: FormAction;
  current?: ConnectionFormValues;
}) => {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  const value = (name: keyof ConnectionFormValues) =>
    failed?.values?.[name] ?? (current ? String(current[name] ?? "") : undefined);
  const errors = failed?.fieldErrors ?? {};

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {current && <input type="hidden" name="connectionId" value={current.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="name"
          label="Name"
          required
          defaultValue={value("name")}
          errors={errors.name}
          hint="For you only, e.g. “EU panel”."
        />
        <SelectField
          name="kind"
          label="Panel type"
          options={KINDS}
          defaultValue={value("kind") ?? "pterodactyl"}
          errors={errors.kind}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_2fr_8rem]">
        <FormField
          name="ipAddress"
          label="IP address"
          defaultValue={value("ipAddress")}
          errors={errors.ipAddress}
          hint="Optional."
        />
        <FormField
          name="hostname"
          label="Host name"
          defaultValue={value("hostname")}
          errors={errors.hostname}
          hint="panel.example.com, or a full address like http://127.0.0.1:8081 (its own port then wins)."
        />
        <FormField
          name="port"
          label="Port"
          type="number"
          inputMode="numeric"
          min={1}
          max={65535}
          defaultValue={value("port") ?? "443"}
          errors={errors.port}
          hint="443 = https."
        />
      </div>
      <FormField
        name="clientKey"
        label="Client API key"
        type="password"
        autoComplete="off"
        data-1p-ignore
        placeholder={current ? `Unchanged (ends in ${current.clientKeyHint})` : "ptlc_…"}
        errors={errors.clientKey}
        hint={
          current
            ? "Leave blank to keep the current key."
            : "Created by a panel administrator under Account → API Credentials."
        }
      />
      <FormField
        name="applicationKey"
        label="Application API key"
        type="password"
        autoComplete="off"
        data-1p-ignore
        placeholder={current ? `Unchanged (ends in ${current.applicationKeyHint})` : "ptla_…"}
        errors={errors.applicationKey}
        hint={
          current
            ? "Leave blank to keep the current key."
            : "Admin → Application API: Read & Write on Users and Servers, Read on Allocations, Eggs, Locations, Nests and Nodes."
        }
      />
      <SubmitButton pendingLabel="Saving…">{current ? "Save changes" : "Add connection"}</SubmitButton>
    </form>
  );
};
