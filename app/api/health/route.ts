import { jsonOk } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

/**
 * Liveness: 200 while the server process answers at all, database or not
 * (an orchestrator restarts a server that stops answering this; whether it
 * can serve is `GET /api/ready`).
 */
export function GET(): Response {
  return jsonOk({ status: "alive" });
}
