import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { readStoredComparison } from "@/lib/db/diff-sides";
import { readEnv } from "@/lib/env";
import { formatDiffMarkdown } from "@/lib/governance/diff-format";
import { diffProjects } from "@/lib/governance/diff-project";
import { toDiffSide } from "@/lib/governance/diff-side";
import {
  answerUploadFaults,
  authorizeProjectUpload,
  errorResponse,
} from "@/lib/ingest/artifact-upload";
import { inflateAll } from "@/lib/ingest/inflate-artifacts";
import { admitIngest } from "@/lib/ingest/ingest-admission";
import { toRejection } from "@/lib/ingest/ingest-rejection";
import { loadPolicy } from "@/lib/ingest/policy-source";
import { readUpload } from "@/lib/ingest/read-upload";
import { prepareSnapshotAside } from "@/lib/ingest/snapshot-job";
import { withUploadDir } from "@/lib/ingest/upload-dir";
import {
  UploadError,
  type Upload,
  type UploadLimits,
} from "@/lib/ingest/upload-error";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";

const formatSchema = z.enum(["json", "markdown"]).default("json");

/**
 * Handles `POST /api/v1/projects/{project}/diff`: a candidate manifest (a
 * pull request's), sent as to the artifacts route (same token, limits,
 * multipart or bare body, gzip), compared with the stored snapshot, answering
 * every change and the consumers each breaking one hits. Nothing is stored:
 * not the artifacts, not the changes, not an ingest record.
 */
export function handleDiffUpload(
  request: Request,
  projectParam: string,
  limits: UploadLimits,
): Promise<Response> {
  return answerUploadFaults("compared", async () => {
    const authorized = await authorizeProjectUpload(request, projectParam);
    if (authorized instanceof Response) return authorized;
    const format = formatSchema.safeParse(
      new URL(request.url).searchParams.get("format") ?? undefined,
    );
    if (!format.success)
      return errorResponse(400, "format is json or markdown");
    const { project } = authorized;
    return admitIngest(() =>
      withUploadDir(async (dir) => {
        // Before the body is read: an unknown project costs no upload.
        const stored = await readStoredComparison(project);
        if (!stored)
          return errorResponse(
            404,
            `project "${project}" has no stored snapshot to compare with: ingest it first`,
          );
        const candidate = await readCandidate(request, project, limits, dir);
        if (candidate instanceof Response) return candidate;
        const diff = diffProjects(stored.side, toDiffSide(candidate), {
          now: now(),
          consumers: stored.consumers,
          knowsAllConsumers: true,
        });
        if (format.data === "markdown")
          return new Response(
            formatDiffMarkdown(diff, "the stored snapshot → this manifest"),
            {
              headers: {
                "Content-Type": "text/markdown; charset=utf-8",
                "Cache-Control": "no-store",
              },
            },
          );
        return Response.json(
          {
            ...diff,
            isBreaking: diff.counts.breaking > 0,
            stored: { generatedAt: stored.generatedAt },
            candidate: { generatedAt: candidate.project.generatedAt },
          },
          { headers: { "Cache-Control": "no-store" } },
        );
      }),
    );
  });
}

/** The candidate's snapshot, built as an ingest would build it; a 4xx answer for bad input. */
async function readCandidate(
  request: Request,
  project: string,
  limits: UploadLimits,
  dir: string,
): Promise<ProjectSnapshot | Response> {
  let upload: Upload;
  try {
    upload = await readUpload(request, limits, dir);
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    return errorResponse(error.status, error.message, error.file);
  }
  if (!upload.artifacts.manifest)
    return errorResponse(422, "send a manifest to compare");
  try {
    const inflated = await inflateAll(
      upload.artifacts,
      upload.moreRunResults,
      limits.maxArtifactBytes,
    );
    // The policy only scores, which the diff ignores; loaded so that large
    // manifests build on the same worker thread as an ingest's.
    const policy = await loadPolicy({
      file: readEnv().policyFile,
      cwd: process.cwd(),
    });
    const prepared = await prepareSnapshotAside({
      inflated,
      expectedName: project,
      policy: policy.policy,
      now: now(),
    });
    return prepared.snapshot;
  } catch (error) {
    const rejection = toRejection(error);
    if (!rejection) throw error;
    return errorResponse(
      rejection.isTooLarge ? 413 : 422,
      rejection.message,
      rejection.file,
    );
  }
}
