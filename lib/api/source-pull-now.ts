import "server-only";
import { authenticate, canWriteProject } from "@/lib/db/tokens";
import { errorResponse, refuseAuth } from "@/lib/ingest/artifact-upload";
import { getRunningScheduler } from "@/lib/sources/running-scheduler";
import { getSourcesStatus } from "@/lib/sources/source-status";

/**
 * Handles `POST /api/v1/sources/{name}/pull`: a token that may write the
 * source's project (an admin token may write any) queues a pull at once.
 * 202 when queued, 200 when one is already waiting, 404 for a source the
 * sources file does not name, 503 when this server runs no queue.
 */
export async function requestPullNow(
  request: Request,
  name: string,
): Promise<Response> {
  const auth = await authenticate(request.headers.get("authorization"));
  if (!auth.ok) return refuseAuth(auth.failure);
  const source = (await getSourcesStatus()).sources.find(
    (s) => s.name === name,
  );
  if (!source)
    return errorResponse(404, `no source named "${name}" in the sources file`);
  const project = source.project ?? source.name;
  if (!canWriteProject(auth.token, project))
    return errorResponse(
      403,
      `this token writes project "${auth.token.project}", not "${project}"`,
    );
  const scheduler = getRunningScheduler();
  if (!scheduler)
    return errorResponse(503, "this server does not run the pull queue");
  const isQueued = await scheduler.pullNow(name);
  return Response.json(
    { source: name, status: isQueued ? "queued" : "already queued" },
    { status: isQueued ? 202 : 200 },
  );
}
