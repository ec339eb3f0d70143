import "server-only";
import { z } from "zod";
import { jsonError, jsonOk } from "./responses";
import { readSignIn } from "@/lib/auth/principal";
import { listAudit } from "@/lib/db/audit";

const DEFAULT_LIMIT = 100;

const paramsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMIT),
  before: z.coerce.number().int().positive().optional(),
});

/**
 * `GET /api/v1/audit?limit=&before=`: the audit log, newest first (admins
 * only: the access gate checks). `before` pages on with the last id seen.
 * 404 while sign-in is off: there is nobody to audit.
 */
export async function handleListAudit(request: Request): Promise<Response> {
  if (!readSignIn())
    return jsonError(404, "sign-in is off: there is no audit log");
  const search = new URL(request.url).searchParams;
  const params = paramsSchema.safeParse({
    limit: search.get("limit") ?? undefined,
    before: search.get("before") ?? undefined,
  });
  if (!params.success)
    return jsonError(
      400,
      `the query is not valid: ${z.prettifyError(params.error)}`,
    );
  const events = await listAudit(params.data);
  return jsonOk({
    events: events.map((event) => ({ ...event, at: event.at.toISOString() })),
    next:
      events.length === params.data.limit ? (events.at(-1)?.id ?? null) : null,
  });
}
