import "server-only";
import {
  isConnectionLost,
  isDatabaseUnavailable,
  reportConnectionLost,
  RETRY_AFTER_SECONDS,
} from "@/lib/db/availability";
import { hasNulByte } from "@/lib/urls";
import { jsonError } from "./responses";
import { gateRequest } from "./access";
import { readSignIn } from "@/lib/auth/principal";
import { getLogger } from "@/lib/ops/logger";

/**
 * Wraps an API route handler so that whatever it throws still answers in the
 * API's shape, `{ "error": { "message" } }` with `Cache-Control: no-store`:
 * 503 with `Retry-After` when the database is busy or away, 500 otherwise
 * (the details go to the server log, not to the client). A URL with a NUL
 * byte, which no parameter may hold and Postgres refuses, is a 400 first.
 * With sign-in on, the request passes the access gate (lib/api/access.ts)
 * before the handler runs: every API route is closed unless the gate opens it.
 */
export function withApiErrors<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const [request] = args;
    if (request instanceof Request && hasNulByte(request.url))
      return jsonError(400, "the URL holds a NUL byte (%00)");
    try {
      // Next passes the request whether or not the handler names it.
      const refused =
        request instanceof Request
          ? await gateRequest(request)
          : isSignInOn()
            ? jsonError(401, "no request to authenticate")
            : null;
      if (refused) return refused;
      return await handler(...args);
    } catch (error) {
      if (isConnectionLost(error)) reportConnectionLost();
      if (isDatabaseUnavailable(error))
        return jsonError(
          503,
          "the catalog's database is busy or unavailable; retry shortly",
          {},
          { "Retry-After": String(RETRY_AFTER_SECONDS) },
        );
      getLogger().error({ err: error }, "API request failed");
      return jsonError(
        500,
        "the catalog failed to answer; the server log has the details",
      );
    }
  };
}

function isSignInOn(): boolean {
  return readSignIn() !== null;
}
