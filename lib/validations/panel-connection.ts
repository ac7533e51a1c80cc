import { isIP } from "node:net";
import { z } from "zod";
import { PANEL_KINDS } from "@/lib/panels/types";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);

const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const isValidHost = (value: string) => {
  if (/^https?:\/\//i.test(value)) {
    try {
      return Boolean(new URL(value).hostname);
    } catch {
      return false;
    }
  }

  return HOST_NAME.test(value) || isIP(value.replace(/^\[|\]$/g, "")) !== 0;
};

const apiKey = (label: string) =>
  optionalText(255, label).refine(
    (value) => value === undefined || !/\s/.test(value),
    `${label} must not contain spaces.`,
  );

/** The connection form; keys are required when creating and optional (blank = unchanged) when editing. */
export const panelConnectionSchema = ({ requireKeys }: { requireKeys: boolean }) =>
  z
    .object({
      name: z
        .string({ error: "Name is required." })
        .trim()
        .min(1, "Name is required.")
        .max(100, "Name must be at most 100 characters."),
      kind: z.enum(PANEL_KINDS, { error: "Choose Pterodactyl or Wisp." }),
      ipAddress: optionalText(45, "IP address").refine(
        (value) => value === undefined || isIP(value) !== 0,
        "Enter a valid IPv4 or IPv6 address.",
      ),
      hostname: optionalText(255, "Host name").refine(
        (value) => value === undefined || isValidHost(value),
        "Enter a host name (panel.example.com) or a full address (https://panel.example.com:8443).",
      ),
      port: z.coerce
        .number({ error: "Port must be a number." })
        .int("Port must be a whole number.")
        .min(1, "Port must be between 1 and 65535.")
        .max(65535, "Port must be between 1 and 65535."),
      clientKey: apiKey("Client API key"),
      applicationKey: apiKey("Application API key"),
    })
    .superRefine((data, ctx) => {
      if (!data.hostname && !data.ipAddress) {
        ctx.addIssue({
          code: "custom",
          path: ["hostname"],
          message: "Enter a host name, or at least an IP address.",
        });
      }
      if (requireKeys && !data.clientKey)
        ctx.addIssue({ code: "custom", path: ["clientKey"], message: "Client API key is required." });
      if (requireKeys && !data.applicationKey) {
        ctx.addIssue({
          code: "custom",
          path: ["applicationKey"],
          message: "Application API key is required.",
        });
      }
      if (data.clientKey?.startsWith("ptla_")) {
        ctx.addIssue({
          code: "custom",
          path: ["clientKey"],
          message:
            "This is an application key (ptla_…). The client key is created under Account → API Credentials (ptlc_…).",
        });
      }
    });

export type PanelConnectionInput = z.infer<ReturnType<typeof panelConnectionSchema>>;

export const connectionIdSchema = z.uuid();
