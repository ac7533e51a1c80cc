import { MESSAGES } from "@/lib/panels/rules/messages";

/**
 * A validator with Laravel's semantics for the rules game panels use: rule strings such as
 * `required|string|between:3,15` on egg variables, and the request rules of the panel's own API.
 * It reproduces what matters for agreeing with a real panel: which rules run on missing/null values,
 * how min/max/between measure numbers vs strings, PHP's notion of integer/numeric/boolean, and the
 * exact English messages.
 */

export type Violation = { field: string; rule: string; message: string };

/** A rule written in code (unique, exists, custom panel rules). Returns a message, or null when it passes. */
export type CustomRule = {
  name: string;
  implicit?: boolean;
  check: (
    value: unknown,
    context: { field: string; data: Record<string, unknown>; attribute: string },
  ) => string | null;
};

export type RuleSpec = string | Array<string | CustomRule>;

type ParsedRule = { name: string; params: string[]; custom?: CustomRule };

const ALIASES: Record<string, string> = { int: "integer", bool: "boolean" };
const IMPLICIT = new Set(["required", "present", "required_with", "required_without", "accepted", "filled"]);
const NUMERIC_RULES = new Set(["numeric", "integer", "decimal"]);
const NO_OP = new Set(["nullable", "sometimes", "bail"]);

const parseOne = (text: string): ParsedRule => {
  const colon = text.indexOf(":");
  const rawName = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
  const name = ALIASES[rawName] ?? rawName;
  const rest = colon === -1 ? "" : text.slice(colon + 1);
  // Laravel does not split a regex's parameter on commas.
  const params = colon === -1 ? [] : name === "regex" || name === "not_regex" ? [rest] : rest.split(",");

  return { name, params };
};

/** Splits a rule string on `|` as Laravel (and Pterodactyl's egg variables) do. */
const parseRules = (spec: RuleSpec): ParsedRule[] =>
  (typeof spec === "string" ? spec.split("|") : spec).flatMap((rule) => {
    if (typeof rule !== "string") return [{ name: rule.name, params: [], custom: rule }];

    return rule.trim() === "" ? [] : [parseOne(rule)];
  });

// PHP semantics --------------------------------------------------------------------------------------

const isPhpNumeric = (value: unknown): boolean => {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "string") return false;

  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value);
};

const isPhpInteger = (value: unknown): boolean => {
  if (typeof value === "number") return Number.isInteger(value);
  if (typeof value === "boolean") return value; // filter_var(true, FILTER_VALIDATE_INT) === 1
  if (typeof value !== "string") return false;

  return /^\s*[+-]?\d+\s*$/.test(value) && Number.isSafeInteger(Number(value));
};

const BOOLEAN_VALUES = new Set<unknown>([true, false, 0, 1, "0", "1"]);
const isArrayLike = (value: unknown) => Array.isArray(value) || (typeof value === "object" && value !== null);
const arrayLength = (value: unknown) =>
  Array.isArray(value) ? value.length : Object.keys(value as object).length;

/** `/^x$/i` → RegExp. PCRE delimiters and flags; unsupported patterns never match (as a PHP warning would fail). */
const toRegExp = (pattern: string): RegExp | null => {
  const delimiter = pattern[0];
  if (!delimiter) return null;
  const end = pattern.lastIndexOf(delimiter);
  if (end <= 0) return null;
  const flags = pattern.slice(end + 1).replace(/[^imsu]/g, "");
  try {
    return new RegExp(pattern.slice(1, end), `${flags}u`.replace(/(.)(?=.*\1)/g, ""));
  } catch {
    try {
      return new RegExp(pattern.slice(1, end), flags);
    } catch {
      return null;
    }
  }
};

const isValidUrl = (value: string) => {
  try {
    const url = new URL(value);

    return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && (url.hostname !== "" || url.protocol === "file:");
  } catch {
    return false;
  }
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+$/i;

// Engine ---------------------------------------------------------------------------------------------

type AttributeType = "numeric" | "string" | "array";

/** Which message variant a size rule uses: decided by the rule list, not by the value. */
const attributeType = (rules: ParsedRule[]): AttributeType => {
  if (rules.some((rule) => NUMERIC_RULES.has(rule.name))) return "numeric";
  if (rules.some((rule) => rule.name === "array" || rule.name === "list")) return "array";

  return "string";
};

/** Laravel's getSize(): the number itself under a numeric rule, an array's count, else the string length. */
const sizeOf = (value: unknown, type: AttributeType): number => {
  if (type === "numeric" && isPhpNumeric(value)) return Number(value);
  if (isArrayLike(value)) return arrayLength(value);
  if (value === null || value === undefined) return 0;

  return [...String(value)].length;
};

/** Laravel's displayable name: `first_name` → `first name`, `limits.memory` stays, `firstName` → `first name`. */
const displayableAttribute = (field: string) =>
  field
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/_/g, " ");

const getPath = (data: unknown, path: string): { exists: boolean; value: unknown } => {
  let current: unknown = data;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || !(part in current))
      return { exists: false, value: undefined };
    current = (current as Record<string, unknown>)[part];
  }

  return { exists: true, value: current };
};

const isEmptyForRequired = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (isArrayLike(value) && arrayLength(value) === 0);

const format = (template: string, replacements: Record<string, string>) =>
  template.replace(/:(\w+)/g, (match, key: string) => replacements[key] ?? match);

const messageFor = (
  rule: ParsedRule,
  type: AttributeType,
  attribute: string,
  extra: Record<string, string>,
) => {
  const template = MESSAGES[rule.name];
  const text =
    typeof template === "string" ? template : template ? template[type] : `The :attribute field is invalid.`;

  return format(text, { attribute, ...extra });
};

type Check = (
  value: unknown,
  rule: ParsedRule,
  ctx: { data: Record<string, unknown>; rules: ParsedRule[]; type: AttributeType },
) => boolean | Record<string, string>;

const bounds = (rule: ParsedRule) => rule.params.map((param) => Number(param));

/** Each returns true (passes), false (fails) or the replacements its message needs (fails). */
const CHECKS: Record<string, Check> = {
  required: (value) => !isEmptyForRequired(value),
  present: () => true, // reaching a check means the key exists (or the rule is implicit and handled below)
  required_with: (value, rule, { data }) =>
    !rule.params.some((other) => !isEmptyForRequired(getPath(data, other).value)) ||
    !isEmptyForRequired(value)
      ? true
      : { values: rule.params.map(displayableAttribute).join(" / ") },
  required_without: (value, rule, { data }) =>
    !rule.params.some((other) => isEmptyForRequired(getPath(data, other).value)) || !isEmptyForRequired(value)
      ? true
      : { values: rule.params.map(displayableAttribute).join(" / ") },
  string: (value) => typeof value === "string",
  integer: (value) => isPhpInteger(value),
  numeric: (value) => isPhpNumeric(value),
  boolean: (value) => BOOLEAN_VALUES.has(value),
  array: (value) => isArrayLike(value),
  regex: (value, rule) => {
    if (typeof value !== "string" && typeof value !== "number") return false;
    const regex = toRegExp(rule.params[0] ?? "");

    return regex !== null && regex.test(String(value));
  },
  not_in: (value, rule) => !rule.params.includes(String(value)),
  in: (value, rule) =>
    !isArrayLike(value) &&
    value !== null &&
    rule.params.includes(String(value === true ? 1 : value === false ? 0 : value)),
  alpha: (value) => typeof value === "string" && /^[\p{L}\p{M}]+$/u.test(value),
  alpha_dash: (value) =>
    (typeof value === "string" || typeof value === "number") && /^[\p{L}\p{M}\p{N}_-]+$/u.test(String(value)),
  alpha_num: (value) =>
    (typeof value === "string" || typeof value === "number") && /^[\p{L}\p{M}\p{N}]+$/u.test(String(value)),
  url: (value) => typeof value === "string" && isValidUrl(value),
  email: (value) => typeof value === "string" && EMAIL.test(value),
  ip: (value) => typeof value === "string" && (IPV4.test(value) || (value.includes(":") && IPV6.test(value))),
  digits: (value, rule) =>
    /^\d+$/.test(String(value)) && String(value).length === Number(rule.params[0])
      ? true
      : { digits: rule.params[0] ?? "" },
  digits_between: (value, rule) => {
    const [min = 0, max = 0] = bounds(rule);
    const length = String(value).length;

    return /^\d+$/.test(String(value)) && length >= min && length <= max
      ? true
      : { min: String(min), max: String(max) };
  },
  between: (value, rule, { type }) => {
    const [min = 0, max = 0] = bounds(rule);
    const size = sizeOf(value, type);

    return size >= min && size <= max ? true : { min: rule.params[0] ?? "", max: rule.params[1] ?? "" };
  },
  min: (value, rule, { type }) =>
    sizeOf(value, type) >= Number(rule.params[0]) ? true : { min: rule.params[0] ?? "" },
  max: (value, rule, { type }) =>
    sizeOf(value, type) <= Number(rule.params[0]) ? true : { max: rule.params[0] ?? "" },
  size: (value, rule, { type }) =>
    sizeOf(value, type) === Number(rule.params[0]) ? true : { size: rule.params[0] ?? "" },
};

/**
 * Validates one attribute's value. `exists` tells whether the key is present in the input at all
 * (missing and null differ for `present`, `sometimes` and non-implicit rules).
 */
export const validateValue = ({
  field,
  value,
  exists,
  rules: spec,
  attribute = displayableAttribute(field),
  data = {},
}: {
  field: string;
  value: unknown;
  exists: boolean;
  rules: RuleSpec;
  attribute?: string;
  data?: Record<string, unknown>;
}): Violation[] => {
  const rules = parseRules(spec);
  const names = new Set(rules.map((rule) => rule.name));
  const type = attributeType(rules);
  const violations: Violation[] = [];
  for (const rule of rules) {
    if (NO_OP.has(rule.name)) continue;
    const implicit = rule.custom ? Boolean(rule.custom.implicit) : IMPLICIT.has(rule.name);
    // Laravel's isValidatable(): non-implicit rules skip missing or blank values, `sometimes` skips
    // missing keys, and `nullable` skips null.
    const present = typeof value === "string" && value.trim() === "" ? false : exists;
    if (!implicit && !present) continue;
    if (names.has("sometimes") && !exists) continue;
    if (!implicit && names.has("nullable") && value === null) continue;
    let outcome: boolean | Record<string, string>;
    if (rule.custom) {
      const message = rule.custom.check(value, { field, data, attribute });
      if (message !== null) violations.push({ field, rule: rule.name, message });
      outcome = message === null;
    } else if (rule.name === "present") {
      outcome = exists;
    } else {
      const check = CHECKS[rule.name];
      // An unknown rule behaves as Laravel's would: it throws, which the panel reports as a failure.
      outcome = check ? check(value, rule, { data, rules, type }) : false;
    }
    if (!rule.custom && outcome !== true) {
      violations.push({
        field,
        rule: rule.name,
        message: messageFor(rule, type, attribute, outcome === false ? {} : outcome),
      });
    }
    // A failed presence rule stops the attribute: nothing else is worth checking on an empty value.
    if (outcome !== true && implicit) break;
    if (outcome !== true && names.has("bail")) break;
  }

  return violations;
};

/** Expands `allocation.additional.*` into the indexes present in `data`. */
const expandWildcards = (field: string, data: Record<string, unknown>): string[] => {
  const star = field.indexOf(".*");
  if (star === -1) return [field];
  const parent = field.slice(0, star);
  const rest = field.slice(star + 2);
  const { value } = getPath(data, parent);
  if (!isArrayLike(value)) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value as object);

  return keys.flatMap((key) => expandWildcards(`${parent}.${key}${rest}`, data));
};

/** Validates a whole request body against a rule map, in the map's order; returns every violation. */
export const validateData = (
  data: Record<string, unknown>,
  rules: Record<string, RuleSpec>,
  attributes: Record<string, string> = {},
): Violation[] =>
  Object.entries(rules).flatMap(([pattern, spec]) =>
    expandWildcards(pattern, data).flatMap((field) => {
      const { exists, value } = getPath(data, field);
      // Attributes produced by a wildcard rule keep their raw name (`allocation.additional.1`).
      const attribute = attributes[field] ?? (pattern.includes("*") ? field : undefined);

      return validateValue({ field, value: exists ? value : null, exists, rules: spec, attribute, data });
    }),
  );
