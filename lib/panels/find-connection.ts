import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { connectionIdSchema } from "@/lib/validations/panel-connection";

/** Pages: the connection named in the URL, or a 404 for a malformed or unknown id (never a database error). */
export const findConnectionOr404 = async (param: string) => {
  const id = connectionIdSchema.safeParse(param);
  if (!id.success) notFound();
  const connection = await getPanelConnection(await getDb(), id.data);
  if (!connection) notFound();

  return connection;
};
