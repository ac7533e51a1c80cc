import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  getPanelConnection,
  insertPanelConnection,
  recordConnectionTest,
  updatePanelConnectionRow,
} from "@/lib/db/queries/panel-connections";
import type { PanelConnection } from "@/lib/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
import { getPanelAdapter, type PanelConnectionConfig } from "@/lib/panels";
import { panelBaseUrl } from "@/lib/panels/base-url";
import type { PanelAdapter } from "@/lib/panels/types";
import type { PanelConnectionInput } from "@/lib/validations/panel-connection";

type KeyField = "client_key" | "application_key";
const context = (id: string, field: KeyField) => `panel_connections:${id}:${field}`;
const hint = (key: string) => key.slice(-4);

/** The connection as an admin page may show it: everything but the keys. */
export type PanelConnectionView = Omit<PanelConnection, "clientKeyEncrypted" | "applicationKeyEncrypted"> & {
  baseUrl: string;
};

export const toConnectionView = ({
  clientKeyEncrypted: _c,
  applicationKeyEncrypted: _a,
  ...rest
}: PanelConnection): PanelConnectionView => ({
  ...rest,
  baseUrl: panelBaseUrl(rest),
});

/** Only the keys that were entered: a blank one keeps what is stored. */
const replacedKeys = (id: string, input: Pick<PanelConnectionInput, "clientKey" | "applicationKey">) => ({
  ...(input.clientKey
    ? {
        clientKeyEncrypted: encryptSecret(input.clientKey, context(id, "client_key")),
        clientKeyHint: hint(input.clientKey),
      }
    : {}),
  ...(input.applicationKey
    ? {
        applicationKeyEncrypted: encryptSecret(input.applicationKey, context(id, "application_key")),
        applicationKeyHint: hint(input.applicationKey),
      }
    : {}),
});

export const createConnection = async (db: Db, input: PanelConnectionInput) => {
  const { clientKey, applicationKey } = input;
  if (!clientKey || !applicationKey) throw new AppError("VALIDATION", "Both API keys are required.");
  const id = randomUUID();

  return insertPanelConnection(db, {
    id,
    name: input.name,
    kind: input.kind,
    ipAddress: input.ipAddress ?? null,
    hostname: input.hostname ?? input.ipAddress ?? "",
    port: input.port,
    clientKeyEncrypted: encryptSecret(clientKey, context(id, "client_key")),
    clientKeyHint: hint(clientKey),
    applicationKeyEncrypted: encryptSecret(applicationKey, context(id, "application_key")),
    applicationKeyHint: hint(applicationKey),
  });
};

/** Blank keys keep the stored ones; a changed address or key forgets the last test result. */
export const updateConnection = async (db: Db, id: string, input: PanelConnectionInput) => {
  const current = await getPanelConnection(db, id);
  if (!current) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");
  const hostname = input.hostname ?? input.ipAddress ?? "";
  const changedTarget =
    hostname !== current.hostname ||
    input.port !== current.port ||
    input.kind !== current.kind ||
    Boolean(input.clientKey || input.applicationKey);

  return updatePanelConnectionRow(db, id, {
    name: input.name,
    kind: input.kind,
    ipAddress: input.ipAddress ?? null,
    hostname,
    port: input.port,
    ...replacedKeys(id, input),
    ...(changedTarget ? { lastTestedAt: null, lastTestOk: null, lastTestChecks: null } : {}),
  });
};

let httpOverrides: PanelConnectionConfig["http"] = {};

/** Tests shorten timeouts and record retry waits instead of sleeping. */
export const setPanelHttpOptionsForTesting = (options: PanelConnectionConfig["http"] = {}) => {
  httpOverrides = options;
};

/** The adapter for a stored connection; the only place its keys are decrypted. */
export const adapterForConnection = (connection: PanelConnection): PanelAdapter => {
  let keys: { clientKey: string; applicationKey: string };
  try {
    keys = {
      clientKey: decryptSecret(connection.clientKeyEncrypted, context(connection.id, "client_key")),
      applicationKey: decryptSecret(
        connection.applicationKeyEncrypted,
        context(connection.id, "application_key"),
      ),
    };
  } catch {
    throw new AppError(
      "CONFLICT",
      "The stored API keys cannot be decrypted (was APP_ENCRYPTION_KEY changed?). Edit the connection and enter the keys again.",
    );
  }

  return getPanelAdapter({
    kind: connection.kind,
    baseUrl: panelBaseUrl(connection),
    applicationKey: keys.applicationKey,
    clientKey: keys.clientKey,
    http: httpOverrides,
  });
};

/** Runs every check against the panel and remembers the outcome on the connection. */
export const testConnection = async (db: Db, connection: PanelConnection) => {
  const checks = await adapterForConnection(connection).testConnection();
  await recordConnectionTest(db, connection.id, checks);

  return checks;
};
