import { describe, expect, it } from "vitest";
import { validateData, validateValue } from "@/lib/panels/rules/validator";

const check = (rules: string, value: unknown, exists = true) =>
  validateValue({ field: "environment.X", value, exists, rules, attribute: "X variable" }).map(
    (v) => v.message,
  );

describe("Laravel rule semantics", () => {
  it("required rejects null, blank and empty arrays, and stops the other rules", () => {
    expect(check("required|string|max:3", null)).toEqual(["The X variable field is required."]);
    expect(check("required|string", "   ")).toEqual(["The X variable field is required."]);
    expect(check("required|array", [])).toEqual(["The X variable field is required."]);
    expect(check("required|string", "ok")).toEqual([]);
  });

  it("skips non-implicit rules for missing values but not for present nulls without nullable", () => {
    expect(check("string|max:3", null, false)).toEqual([]);
    expect(check("string", null, true)).toEqual(["The X variable must be a string."]);
    expect(check("nullable|string|max:3", null, true)).toEqual([]);
  });

  it("measures numbers by value and strings by length", () => {
    expect(check("integer|between:1024,65535", "80")).toEqual([
      "The X variable must be between 1024 and 65535.",
    ]);
    expect(check("integer|between:1024,65535", "25565")).toEqual([]);
    expect(check("string|between:3,5", "ab")).toEqual(["The X variable must be between 3 and 5 characters."]);
    expect(check("string|max:3", "ébcd")).toEqual(["The X variable may not be greater than 3 characters."]);
    expect(check("numeric|min:1", "0.5")).toEqual(["The X variable must be at least 1."]);
  });

  it("uses PHP's ideas of integer, numeric and boolean", () => {
    expect(check("integer", "12")).toEqual([]);
    expect(check("integer", "12.0")).toEqual(["The X variable must be an integer."]);
    expect(check("numeric", "1e3")).toEqual([]);
    expect(check("numeric", "12abc")).toEqual(["The X variable must be a number."]);
    for (const ok of [true, false, 0, 1, "0", "1"]) expect(check("boolean", ok)).toEqual([]);
    for (const bad of ["true", "yes", 2])
      expect(check("boolean", bad)).toEqual(["The X variable field must be true or false."]);
  });

  it("rejects numbers under `string` (a numeric external_id fails)", () => {
    expect(check("nullable|string|max:191", 42)).toEqual(["The X variable must be a string."]);
  });

  it("supports regex with delimiters and flags, without splitting it on commas", () => {
    expect(check("required|regex:/^([\\w\\d._-]+)(\\.jar)$/", "server.jar")).toEqual([]);
    expect(check("required|regex:/^([\\w\\d._-]+)(\\.jar)$/", "server.zip")).toEqual([
      "The X variable format is invalid.",
    ]);
    expect(check("regex:/^[a-z]{2,3}$/i", "ABC")).toEqual([]);
  });

  it("checks in, alpha_dash, url and email", () => {
    expect(check("in:true,false", "true")).toEqual([]);
    expect(check("in:true,false", "maybe")).toEqual(["The selected X variable is invalid."]);
    expect(check("alpha_dash", "my-server_1")).toEqual([]);
    expect(check("alpha_dash", "my server")).toEqual([
      "The X variable may only contain letters, numbers, and dashes.",
    ]);
    expect(check("url", "https://example.com/pack.zip")).toEqual([]);
    expect(check("url", "example.com")).toEqual(["The X variable format is invalid."]);
    expect(check("email", "a@b.co")).toEqual([]);
  });

  it("measures a non-numeric value by its length even under a numeric rule, as Laravel does", () => {
    expect(check("required|numeric|between:10,1000", "abc")).toEqual([
      "The X variable must be a number.",
      "The X variable must be between 10 and 1000.",
    ]);
    expect(check("required|numeric|min:0", "abc")).toEqual(["The X variable must be a number."]);
  });

  it("reports every failing non-presence rule of an attribute", () => {
    expect(check("string|in:a,b|max:1", "zz")).toEqual([
      "The selected X variable is invalid.",
      "The X variable may not be greater than 1 characters.",
    ]);
  });
});

describe("validateData", () => {
  const rules = {
    name: "required|string|min:1|max:191",
    "limits.memory": "required|numeric|min:0",
    "limits.io": "required|numeric|between:10,1000",
    environment: "present|array",
    "feature_limits.databases": "present|nullable|integer|min:0",
    "allocation.additional.*": "integer",
    "allocation.default": "required_without:deploy|integer",
  };

  it("lists all failures with dotted fields and Laravel attribute names", () => {
    const violations = validateData({ limits: { io: 5 }, allocation: { additional: [1, "x"] } }, rules);
    expect(violations).toEqual([
      { field: "name", rule: "required", message: "The name field is required." },
      { field: "limits.memory", rule: "required", message: "The limits.memory field is required." },
      { field: "limits.io", rule: "between", message: "The limits.io must be between 10 and 1000." },
      { field: "environment", rule: "present", message: "The environment field must be present." },
      {
        field: "feature_limits.databases",
        rule: "present",
        message: "The feature limits.databases field must be present.",
      },
      {
        field: "allocation.additional.1",
        rule: "integer",
        message: "The allocation.additional.1 must be an integer.",
      },
      {
        field: "allocation.default",
        rule: "required_without",
        message: "The allocation.default field is required when deploy is not present.",
      },
    ]);
  });

  it("accepts present nulls and objects as arrays, and an absent default when deploy is given", () => {
    const violations = validateData(
      {
        name: "mc",
        limits: { memory: 1024, io: 500 },
        environment: {},
        feature_limits: { databases: null },
        deploy: { locations: [1] },
      },
      rules,
    );
    expect(violations).toEqual([]);
  });
});
