import { inputClasses } from "@/components/forms/form-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reinstallServerAction } from "@/lib/actions/servers/server-actions";

/** Reinstall, with another game of the offer when there are several; confirmed first, as it erases files. */
export const ReinstallDialog = ({
  serverRef,
  serverName,
  eggs,
  currentEggId,
}: {
  serverRef: Record<string, string>;
  serverName: string;
  eggs: Array<{ eggId: string; name: string }>;
  currentEggId: string;
}) => (
  <ConfirmDialog
    trigger="Reinstall"
    title={`Reinstall ${serverName}?`}
    confirmLabel="Erase everything and reinstall"
    pendingLabel="Reinstalling…"
    action={reinstallServerAction}
    hidden={serverRef}
  >
    <p className="mb-3 font-medium text-red-700">
      All files on the server are erased: worlds, configs, plugins. Download what you want to keep first.
    </p>
    {eggs.length > 1 && (
      <>
        <label htmlFor="reinstall-egg" className="mb-1 block text-xs font-medium text-slate-700">
          Game
        </label>
        <select id="reinstall-egg" name="eggId" defaultValue={currentEggId} className={inputClasses(false)}>
          {eggs.map((egg) => (
            <option key={egg.eggId} value={egg.eggId}>
              {egg.name}
              {egg.eggId === currentEggId ? " (current)" : ""}
            </option>
          ))}
        </select>
        <p className="mt-1 text-xs text-slate-500">Settings that the new game also has are kept.</p>
      </>
    )}
  </ConfirmDialog>
);
