"use client";

import { useActionState, useState } from "react";
import { ServerSizeFields, checkSize, sizeText } from "@/components/boxes/server-size-fields";
import { EggChoice } from "@/components/forms/egg-choice";
import { EggVariableFields } from "@/components/forms/egg-variable-fields";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createBoxServerAction } from "@/lib/actions/boxes/box-server-actions";
import { type BoxAmounts, type ServerSize, leftFor } from "@/lib/boxes/quota";
import type { OrderEgg } from "@/lib/services/order-form";

/**
 * A new server in a box: name, game, its variables, and its share of the box. What does not fit is said
 * next to the field as it is typed, and the form is not sent; the server checks again under the box's lock.
 */
export const CreateServerForm = ({
  boxId,
  defaultName,
  eggs,
  totals,
  used,
  initialSize,
}: {
  boxId: string;
  defaultName: string;
  eggs: OrderEgg[];
  totals: BoxAmounts;
  used: BoxAmounts;
  initialSize: ServerSize;
}) => {
  const [state, formAction] = useActionState(createBoxServerAction, undefined);
  const [name, setName] = useState(defaultName);
  const [eggId, setEggId] = useState(eggs[0]?.eggId ?? "");
  const [size, setSize] = useState(() => sizeText(initialSize));
  // The server's verdict stands until the customer changes something.
  const [edited, setEdited] = useState(false);
  const egg = eggs.find((candidate) => candidate.eggId === eggId);
  const local = checkSize(size, totals, used);
  const serverErrors = state && !state.ok && !edited ? state.fieldErrors : undefined;
  const errors = { ...serverErrors, ...local };
  const blocked = Object.keys(local).length > 0;

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-8"
      onSubmit={(event) => (blocked ? event.preventDefault() : setEdited(false))}
      onChange={() => setEdited(true)}
    >
      <FormMessage state={state} />
      <input type="hidden" name="serviceId" value={boxId} />
      <FormField name="name" label="Server name" value={name} onChange={(event) => setName(event.target.value)} errors={errors.name} />
      <EggChoice eggs={eggs} value={eggId} onChange={setEggId} error={errors.eggId?.[0]} />
      <fieldset>
        <legend className="mb-3 text-sm font-semibold text-slate-900">Resources from your box</legend>
        <ServerSizeFields idPrefix="new" values={size} left={leftFor(totals, used)} onChange={setSize} errors={errors} />
      </fieldset>
      {egg && <EggVariableFields key={eggId} variables={egg.variables} errors={serverErrors} />}
      <SubmitButton pendingLabel="Creating…" disabled={blocked}>
        Create server
      </SubmitButton>
    </form>
  );
};
