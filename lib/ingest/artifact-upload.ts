import "server-only";
import {
  authenticate,
  canWriteProject,
  type AuthFailure,
} from "@/lib/db/tokens";
import { recordIngestRun } from "@/lib/db/ingest-runs";
import { recordAudit } from "@/lib/db/audit";
import {
  describeActor,
  readPrincipal,
  readSignIn,
  type Principal,
} from "@/lib/auth/principal";
import { canMaintain } from "@/lib/auth/roles";
import { readClientAddress } from "@/lib/auth/origin";
import { BusyError } from "@/lib/db/admission";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { z } from "zod";
import type { CarriedOver } from "@/lib/mesh/carry-over";
import {
  ingestProject,
  IngestRejection,
  type IngestReport,
  type StaleManifest,
} from "./ingest-project";
import { admitIngest } from "./ingest-admission";
import { readUpload } from "./read-upload";
import { withUploadDir } from "./upload-dir";
import { UploadError, type Upload, type UploadLimits } from "./upload-error";
import { now } from "@/lib/clock";
import { getLogger } from "@/lib/ops/logger";

/** What the write API answers on success: what the upload changed. */
export type UploadReport = {
  project: string;
  status: IngestReport["status"];
  artifacts: string[];
  counts: Record<string, number>;
  nodes: number;
  edges: number;
  crossProjectRefs: { resolved: number; unresolved: number };
  /** References from other projects' manifests to this one that this upload resolved. */
  incomingRefsResolved: number;
  /** Results kept from earlier uploads, for nodes this one brought none newer for. */
  carriedOver: CarriedOver;
  warnings: string[];
  durationMs: number;
};

export type ErrorBody = {
  error: { message: string; file?: string } & Partial<StaleManifest>;
};

/** Seconds a refused upload is asked to wait: about one large ingest. */
const BUSY_RETRY_AFTER_SECONDS = 10;

/** `?force=true` ingests a manifest older than the stored one. */
const forceSchema = z
  .enum(["true", "false"])
  .nullable()
  .transform((value) => value === "true");

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: "send a token: Authorization: Bearer <token>",
  malformed: "the Authorization header is not of the form: Bearer <token>",
  // Alike, so that an answer never confirms a secret was once valid.
  unknown: "the token is not valid",
  revoked: "the token is not valid",
  expired: "the token is not valid",
  "read-only": "a personal access token reads the API; uploads need a CI token",
};

/**
 * Handles `POST /api/v1/projects/{project}/artifacts`: authenticates the
 * bearer token, checks it may write the project named in the URL, waits for
 * an ingest slot (503 when too many wait), streams the artifacts into a temp
 * directory under the size limits and runs them through the same ingest
 * pipeline as the CLI. The manifest must belong to the project in the URL,
 * and be no older than the stored one unless `?force=true` (409 otherwise).
 */
export async function handleArtifactUpload(
  request: Request,
  projectParam: string,
  limits: UploadLimits,
): Promise<Response> {
  return answerUploadFaults("ingested", () =>
    uploadArtifacts(request, projectParam, limits),
  );
}

/**
 * Runs an upload's handling, answering 503 with `Retry-After` when too many
 * uploads wait, and 500 (details in the server log only) for a fault of the
 * catalog's own.
 */
export async function answerUploadFaults(
  what: string,
  handle: () => Promise<Response>,
): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof BusyError)
      return errorResponse(503, error.message, undefined, {
        "Retry-After": String(BUSY_RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
      });
    // A fault of the catalog, not of the upload: keep details in the server log.
    getLogger().error({ err: error, what }, "artifact upload failed");
    return errorResponse(500, `the upload could not be ${what} (server error)`);
  }
}

async function uploadArtifacts(
  request: Request,
  projectParam: string,
  limits: UploadLimits,
): Promise<Response> {
  const authorized = await authorizeProjectUpload(request, projectParam);
  if (authorized instanceof Response) return authorized;
  const force = forceSchema.safeParse(
    new URL(request.url).searchParams.get("force"),
  );
  if (!force.success) return errorResponse(400, "force is true or false");

  const target = { ...authorized, force: force.data };
  return admitIngest(() =>
    withUploadDir((dir) => receiveAndIngest(request, target, limits, dir)),
  );
}

/**
 * The checks every upload of a project's artifacts passes first: a valid
 * bearer token (401), a valid project name (400), a token that may write
 * that project (403). With sign-in on, a browser's session of someone who
 * maintains the project stands in for the token (the access gate has
 * checked its origin). Answers the project, the token and who sent it
 * (for the audit log), or the refusal.
 */
export async function authorizeProjectUpload(
  request: Request,
  projectParam: string,
): Promise<UploadSender | Response> {
  const header = request.headers.get("authorization");
  const person = header ? null : await readSessionPerson(request);
  if (person) return authorizePersonUpload(person, projectParam);
  const auth = await authenticate(header);
  if (!auth.ok) return refuseAuth(auth.failure);
  const project = parseProject(projectParam);
  if (project instanceof Response) return project;
  if (!canWriteProject(auth.token, project))
    return errorResponse(
      403,
      `this token writes project "${auth.token.project}", not "${project}"`,
    );
  return { project, tokenId: auth.token.id, actor: `token #${auth.token.id}` };
}

/** Who may upload a project's artifacts, and as whom the audit log names them. */
type UploadSender = { project: string; tokenId: number | null; actor: string };

type SessionPerson = Extract<Principal, { kind: "person" }>;

async function readSessionPerson(
  request: Request,
): Promise<SessionPerson | null> {
  const signIn = readSignIn();
  if (!signIn) return null;
  const principal = await readPrincipal(request, signIn);
  return principal?.kind === "person" && principal.via === "session"
    ? principal
    : null;
}

function authorizePersonUpload(
  person: SessionPerson,
  projectParam: string,
): UploadSender | Response {
  const project = parseProject(projectParam);
  if (project instanceof Response) return project;
  if (!canMaintain(person.access, project))
    return errorResponse(403, `you do not maintain project "${project}"`);
  return { project, tokenId: null, actor: describeActor(person) };
}

function parseProject(projectParam: string): string | Response {
  const project = projectNameSchema.safeParse(projectParam);
  if (project.success) return project.data;
  return errorResponse(
    400,
    `project "${projectParam}" ${project.error.issues[0]?.message ?? "is invalid"}`,
  );
}

type UploadTarget = UploadSender & { force: boolean };

async function receiveAndIngest(
  request: Request,
  target: UploadTarget,
  limits: UploadLimits,
  dir: string,
): Promise<Response> {
  const startedAt = now();
  const started = performance.now();
  let upload: Upload;
  try {
    upload = await readUpload(request, limits, dir);
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    // Kept like the pipeline's own refusals, so a failed CI upload can be traced.
    await recordIngestRun({
      projectName: target.project,
      projectId: null,
      tokenId: target.tokenId,
      origin: "api",
      status: "rejected",
      startedAt,
      durationMs: performance.now() - started,
      hashes: {},
      counts: {},
      summary: {},
      warnings: [],
      error: error.message,
    });
    return errorResponse(error.status, error.message, error.file);
  }

  try {
    const report = await ingestProject({
      projectName: target.project,
      artifacts: upload.artifacts,
      moreRunResults: upload.moreRunResults,
      force: target.force,
      origin: "api",
      tokenId: target.tokenId,
      maxArtifactBytes: limits.maxArtifactBytes,
    });
    await recordAudit({
      actor: target.actor,
      action: "ingest",
      target: report.project,
      address: readClientAddress(request),
      detail: { status: report.status, nodes: report.nodes },
    });
    return Response.json(toUploadReport(report, upload));
  } catch (error) {
    if (error instanceof IngestRejection) return refuseIngest(error);
    throw error;
  }
}

function toUploadReport(report: IngestReport, upload: Upload): UploadReport {
  return {
    project: report.project,
    status: report.status,
    artifacts: [
      ...Object.keys(upload.artifacts),
      ...upload.moreRunResults.map(() => "run_results"),
    ].sort(),
    counts: report.counts,
    nodes: report.nodes,
    edges: report.edges,
    crossProjectRefs: {
      resolved: report.crossProjectResolved,
      unresolved: report.crossProjectUnresolved,
    },
    incomingRefsResolved: report.incomingResolved,
    carriedOver: report.carriedOver,
    warnings: report.warnings,
    durationMs: Math.round(report.durationMs),
  };
}

/** 409 for a manifest older than the stored one (naming both times), 413 or 422 for bad input. */
function refuseIngest(error: IngestRejection): Response {
  if (error.staleManifest) {
    const body: ErrorBody = {
      error: {
        message: error.message,
        file: error.file,
        ...error.staleManifest,
      },
    };
    return Response.json(body, { status: 409 });
  }
  return errorResponse(error.isTooLarge ? 413 : 422, error.message, error.file);
}

/** 401 for a missing or bad bearer token, with the RFC 6750 challenge; 403 for a token that may only read. */
export function refuseAuth(failure: AuthFailure): Response {
  if (failure === "read-only")
    return errorResponse(403, AUTH_MESSAGES[failure]);
  // RFC 6750: a request without credentials gets the bare challenge; a bad
  // token also gets error="invalid_token".
  const challenge =
    failure === "missing"
      ? 'Bearer realm="mesh-catalog"'
      : 'Bearer realm="mesh-catalog", error="invalid_token"';
  return errorResponse(401, AUTH_MESSAGES[failure], undefined, {
    "WWW-Authenticate": challenge,
  });
}

/** The write API's error answer: `{ "error": { "message", "file"? } }`. */
export function errorResponse(
  status: number,
  message: string,
  file?: string,
  headers?: Record<string, string>,
): Response {
  const body: ErrorBody = {
    error: file === undefined ? { message } : { message, file },
  };
  return Response.json(body, { status, headers });
}
