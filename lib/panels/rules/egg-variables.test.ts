import { describe, expect, it } from "vitest";
import {
  completeEggEnvironment,
  isRequiredWithoutDefault,
  validateEggEnvironment,
} from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";

const variable = (
  envVariable: string,
  rules: string,
  defaultValue = "",
  name = envVariable,
): EggVariable => ({
  name,
  description: "",
  envVariable,
  defaultValue,
  userViewable: true,
  userEditable: true,
  rules,
});

const FIVEM = [
  variable("FIVEM_LICENSE", "required|string", "", "FiveM License"),
  variable("MAX_PLAYERS", "required|integer|between:1,48", "32", "Max Players"),
  variable("SERVER_HOSTNAME", "nullable|string|max:64", "My server"),
];

describe("egg environments", () => {
  it("reports a required variable without a default by its display name", () => {
    const env = completeEggEnvironment(FIVEM, {});
    expect(validateEggEnvironment(FIVEM, env)).toEqual([
      {
        field: "environment.FIVEM_LICENSE",
        rule: "required",
        message: "The FiveM License variable field is required.",
      },
    ]);
  });

  it("fills defaults, keeps given values, and then validates clean", () => {
    const env = completeEggEnvironment(FIVEM, { FIVEM_LICENSE: "cfxk_abc", MAX_PLAYERS: "10" });
    expect(env).toEqual({ FIVEM_LICENSE: "cfxk_abc", MAX_PLAYERS: "10", SERVER_HOSTNAME: "My server" });
    expect(validateEggEnvironment(FIVEM, env)).toEqual([]);
  });

  it("treats a blank value as null, as the panel's input middleware does", () => {
    expect(
      validateEggEnvironment(FIVEM, { FIVEM_LICENSE: "x", MAX_PLAYERS: "  ", SERVER_HOSTNAME: "" }),
    ).toEqual([
      {
        field: "environment.MAX_PLAYERS",
        rule: "required",
        message: "The Max Players variable field is required.",
      },
    ]);
  });

  it("knows which variables a customer must fill in", () => {
    expect(FIVEM.filter(isRequiredWithoutDefault).map((v) => v.envVariable)).toEqual(["FIVEM_LICENSE"]);
  });
});
