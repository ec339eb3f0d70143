import { jsonOk } from "@/lib/api/responses";
import { withApiErrors } from "@/lib/api/api-errors";
import { pingDatabase } from "@/lib/db/supervisor";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 while the catalog can query its database, 503 (JSON error,
 * Retry-After) while the database is away, for load balancers and orchestrators.
 */
export const GET = withApiErrors(async function GET(): Promise<Response> {
  await pingDatabase();
  return jsonOk({ status: "ready" });
});
