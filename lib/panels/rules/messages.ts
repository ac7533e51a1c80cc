/**
 * Validation messages as Pterodactyl 1.11 ships them (`resources/lang/en/validation.php`, an older Laravel
 * wording), falling back to Laravel 11's own file for rules that file lacks. Keyed by rule, then by the
 * attribute's type for size rules.
 */
export const MESSAGES: Record<string, string | Record<"numeric" | "string" | "array", string>> = {
  required: "The :attribute field is required.",
  required_with: "The :attribute field is required when :values is present.",
  required_without: "The :attribute field is required when :values is not present.",
  present: "The :attribute field must be present.",
  string: "The :attribute must be a string.",
  integer: "The :attribute must be an integer.",
  numeric: "The :attribute must be a number.",
  boolean: "The :attribute field must be true or false.",
  array: "The :attribute must be an array.",
  regex: "The :attribute format is invalid.",
  in: "The selected :attribute is invalid.",
  not_in: "The selected :attribute is invalid.",
  alpha: "The :attribute field must only contain letters.",
  alpha_dash: "The :attribute may only contain letters, numbers, and dashes.",
  alpha_num: "The :attribute may only contain letters and numbers.",
  url: "The :attribute format is invalid.",
  email: "The :attribute must be a valid email address.",
  ip: "The :attribute must be a valid IP address.",
  unique: "The :attribute has already been taken.",
  exists: "The selected :attribute is invalid.",
  digits: "The :attribute must be :digits digits.",
  digits_between: "The :attribute must be between :min and :max digits.",
  between: {
    numeric: "The :attribute must be between :min and :max.",
    string: "The :attribute must be between :min and :max characters.",
    array: "The :attribute must have between :min and :max items.",
  },
  min: {
    numeric: "The :attribute must be at least :min.",
    string: "The :attribute must be at least :min characters.",
    array: "The :attribute must have at least :min items.",
  },
  max: {
    numeric: "The :attribute may not be greater than :max.",
    string: "The :attribute may not be greater than :max characters.",
    array: "The :attribute may not have more than :max items.",
  },
  size: {
    numeric: "The :attribute must be :size.",
    string: "The :attribute must be :size characters.",
    array: "The :attribute must contain :size items.",
  },
};
