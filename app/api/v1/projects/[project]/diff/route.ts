import { readEnv } from "@/lib/env";
import { handleDiffUpload } from "@/lib/api/diff-upload";
import { withApiErrors } from "@/lib/api/api-errors";

// Streams request bodies with Node APIs (busboy, zlib), like the artifacts route.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Compares a candidate manifest with the stored snapshot, storing nothing: see lib/api/diff-upload.ts. */
export const POST = withApiErrors(async function POST(
  request: Request,
  context: { params: Promise<{ project: string }> },
): Promise<Response> {
  const { project } = await context.params;
  return handleDiffUpload(request, project, readEnv());
});
