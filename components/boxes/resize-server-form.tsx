"use client";

import { useActionState, useState } from "react";
import { ServerSizeFields, checkSize, sizeText } from "@/components/boxes/server-size-fields";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { resizeBoxServerAction } from "@/lib/actions/boxes/box-server-actions";
import { type BoxAmounts, type ServerSize, leftFor } from "@/lib/boxes/quota";

/** Renames and resizes a server within what the box has left besides it; what does not fit is said at once. */
export const ResizeServerForm = ({
  serverId,
  name: currentName,
  size: currentSize,
  totals,
  usedByOthers,
}: {
  serverId: string;
  name: string;
  size: ServerSize;
  totals: BoxAmounts;
  usedByOthers: BoxAmounts;
}) => {
  const [state, formAction] = useActionState(resizeBoxServerAction, undefined);
  const [name, setName] = useState(currentName);
  const [size, setSize] = useState(() => sizeText(currentSize));
  // The server's verdict stands until the customer changes something.
  const [edited, setEdited] = useState(false);
  const local = checkSize(size, totals, usedByOthers);
  const errors = { ...(state && !state.ok && !edited ? state.fieldErrors : {}), ...local };
  const blocked = Object.keys(local).length > 0;

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      onSubmit={(event) => (blocked ? event.preventDefault() : setEdited(false))}
      onChange={() => setEdited(true)}
    >
      <input type="hidden" name="boxServerId" value={serverId} />
      <FormMessage state={state} />
      <FormField
        id={`${serverId}-name`}
        name="name"
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.name}
      />
      <ServerSizeFields
        idPrefix={serverId}
        values={size}
        left={leftFor(totals, usedByOthers)}
        onChange={setSize}
        errors={errors}
      />
      <SubmitButton pendingLabel="Saving…" disabled={blocked}>
        Save changes
      </SubmitButton>
    </form>
  );
};
