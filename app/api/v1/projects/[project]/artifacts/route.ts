import { readEnv } from "@/lib/env";
import { handleArtifactUpload } from "@/lib/ingest/artifact-upload";
import { withApiErrors } from "@/lib/api/api-errors";

// Streams request bodies with Node APIs (busboy, zlib) and writes to Postgres.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Uploads one project's dbt artifacts: see lib/ingest/artifact-upload.ts. */
export const POST = withApiErrors(async function POST(
  request: Request,
  context: { params: Promise<{ project: string }> },
): Promise<Response> {
  const { project } = await context.params;
  return handleArtifactUpload(request, project, readEnv());
});
