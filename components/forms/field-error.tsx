/**
 * A field's error line. Point the control's (or group's) `aria-describedby` at `id` so screen readers
 * read it with the field; renders nothing without an error.
 */
export const FieldError = ({ id, error }: { id: string; error?: string | null | false }) =>
  error ? (
    <p id={id} className="mt-1 text-xs font-medium text-red-600">
      {error}
    </p>
  ) : null;
