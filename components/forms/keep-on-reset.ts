/**
 * React 19 resets a form once its action has run. Controlled checkboxes, radios and selects then show, and
 * the next submit sends, their first state while React still holds the current one (nothing re-renders
 * them). An uncontrolled select is put back on its first option even when a re-render gave it another
 * `defaultValue` (React only applies a select's defaultValue when it mounts). These ref callbacks make the
 * state to keep the element's default, so the reset keeps it.
 */
export const keepCheckedOnReset = (checked: boolean) => (node: HTMLInputElement | null) => {
  if (node) node.defaultChecked = checked;
};

export const keepSelectedOnReset = (value: string | number | readonly string[] | undefined) => (node: HTMLSelectElement | null) => {
  if (!node || value === undefined || Array.isArray(value)) return;
  for (const option of Array.from(node.options)) option.defaultSelected = option.value === String(value);
};
