import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { withApiErrors } from "@/lib/api/api-errors";
import { checkReadiness } from "@/lib/api/readiness";
import { jsonOk } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

/**
 * Readiness, for load balancers and orchestrators: 200 when the catalog can
 * serve (environment, database, migrations, policy), else 503 with
 * `Retry-After` and what is wrong, check by check.
 */
export const GET = withApiErrors(async function GET(): Promise<Response> {
  const { isReady, checks } = await checkReadiness();
  const body = { status: isReady ? "ready" : "not ready", checks };
  return isReady
    ? jsonOk(body)
    : jsonOk(body, {
        status: 503,
        headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
      });
});
