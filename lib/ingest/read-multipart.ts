import { once } from "node:events";
import busboy from "busboy";
import { ARTIFACT_FILE_NAMES, type ArtifactKind } from "@/lib/artifacts/types";
import {
  readChunk,
  tooLarge,
  UploadError,
  type Upload,
  type UploadLimits,
} from "./upload-error";
import type { RawArtifact } from "./ingest-project";

const ARTIFACT_KINDS = Object.keys(ARTIFACT_FILE_NAMES) as ArtifactKind[];
/** Orchestrators that run subsets leave several run_results.json; this many per upload. */
export const MAX_RUN_RESULTS = 16;
// Text fields are refused, so there is no reason to hold more of one than its start.
const MAX_TEXT_FIELD_BYTES = 1024;

/**
 * Streams a multipart body through busboy. Every part must be a file named
 * after an artifact kind, each kind at most once except `run_results` (up to
 * MAX_RUN_RESULTS, in the order sent); the first problem stops the read and is
 * the one reported.
 */
export async function readMultipart(
  body: ReadableStream<Uint8Array> | null,
  contentType: string,
  limits: UploadLimits,
): Promise<Upload> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: {
        // One byte past the limit makes busboy emit "limit" on that part, as it parses.
        fileSize: limits.maxArtifactBytes + 1,
        fieldSize: MAX_TEXT_FIELD_BYTES,
        parts: ARTIFACT_KINDS.length * 2 + MAX_RUN_RESULTS,
      },
    });
  } catch (error) {
    throw new UploadError(
      400,
      `the multipart body cannot be read: ${(error as Error).message}`,
    );
  }
  const artifacts: Upload["artifacts"] = {};
  const runResults: RawArtifact[] = [];
  const seen = new Set<ArtifactKind>();
  const state: ReadState = { failure: null };
  const fail = (error: UploadError) => {
    state.failure ??= error;
  };

  parser.on("file", (name, stream) => {
    // A part cut short errors here and on the parser; the parser's error is the one reported.
    stream.on("error", () => {});
    const kind = toArtifactKind(name);
    const refusal = refusePart(name, kind, seen, runResults.length);
    if (kind === null || refusal) {
      fail(refusal ?? unknownField(name));
      stream.resume();
      return;
    }
    seen.add(kind);
    const slot = kind === "run_results" ? runResults.length : -1;
    if (slot >= 0) runResults.push({ file: "", bytes: new Uint8Array() });
    const file = runResultsLabel(kind, slot);
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("limit", () => fail(tooLarge(file, limits.maxArtifactBytes)));
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (state.failure === null) chunks.push(chunk);
    });
    stream.on("end", () => {
      if (state.failure !== null) return;
      const artifact = { file, bytes: Buffer.concat(chunks, size) };
      if (slot >= 0) runResults[slot] = artifact;
      else artifacts[kind] = artifact;
    });
  });
  parser.on("field", (name) => {
    const kind = toArtifactKind(name);
    fail(kind === null ? unknownField(name) : textField(kind));
  });
  parser.on("partsLimit", () =>
    fail(
      new UploadError(
        422,
        `too many parts: send at most one file for each of ${ARTIFACT_KINDS.join(", ")} (run_results up to ${MAX_RUN_RESULTS} times)`,
      ),
    ),
  );

  const finished = new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", reject);
  });
  // Awaited below; this stops an early refusal from surfacing as an unhandled rejection.
  finished.catch(() => {});

  // Read through a function: the parser's callbacks set it behind the compiler's back.
  const readFailure = (): UploadError | null => state.failure;
  await feedParser(body, parser, finished, limits.maxUploadBytes, state);
  const failure = readFailure();
  if (failure) {
    parser.destroy();
    throw failure;
  }
  if (!parser.destroyed) parser.end();
  try {
    await finished;
  } catch (error) {
    throw (
      readFailure() ??
      new UploadError(
        400,
        `the multipart body cannot be read: ${(error as Error).message}`,
      )
    );
  }
  const lateFailure = readFailure();
  if (lateFailure) throw lateFailure;
  const [first, ...more] = runResults;
  return {
    artifacts: first ? { ...artifacts, run_results: first } : artifacts,
    moreRunResults: more,
  };
}

/** Why a file part cannot be taken, if it cannot: a kind given twice, or too many run_results. */
function refusePart(
  name: string,
  kind: ArtifactKind | null,
  seen: ReadonlySet<ArtifactKind>,
  runResultsCount: number,
): UploadError | null {
  if (kind === null) return unknownField(name);
  if (kind !== "run_results")
    return seen.has(kind) ? repeatedField(kind) : null;
  if (runResultsCount < MAX_RUN_RESULTS) return null;
  return new UploadError(
    422,
    `field "run_results" is given more than ${MAX_RUN_RESULTS} times`,
    ARTIFACT_FILE_NAMES.run_results,
  );
}

/** The name an artifact is reported by: the second run_results is "run_results.json (2)". */
function runResultsLabel(kind: ArtifactKind, slot: number): string {
  const file = ARTIFACT_FILE_NAMES[kind];
  return slot > 0 ? `${file} (${slot + 1})` : file;
}

type ReadState = { failure: UploadError | null };

/**
 * Writes the body into the parser, honouring back-pressure. Stops reading (and
 * cancels the body) at the first failure, or when the parser gave up.
 */
async function feedParser(
  body: ReadableStream<Uint8Array> | null,
  parser: busboy.Busboy,
  finished: Promise<void>,
  maxBytes: number,
  state: ReadState,
): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await readChunk(reader);
    if (done) return;
    size += value.byteLength;
    // Parsed before the total is checked, so that one part over its own limit
    // is reported as such even when it arrives in one large chunk.
    if (!parser.destroyed && !parser.write(value))
      await Promise.race([once(parser, "drain"), finished]).catch(() => {});
    if (size > maxBytes) state.failure ??= tooLarge(undefined, maxBytes);
    if (state.failure !== null || parser.destroyed) {
      await reader.cancel().catch(() => {});
      return;
    }
  }
}

function toArtifactKind(name: string): ArtifactKind | null {
  return (ARTIFACT_KINDS as string[]).includes(name)
    ? (name as ArtifactKind)
    : null;
}

function repeatedField(kind: ArtifactKind): UploadError {
  return new UploadError(
    422,
    `field "${kind}" is given more than once`,
    ARTIFACT_FILE_NAMES[kind],
  );
}

function textField(kind: ArtifactKind): UploadError {
  return new UploadError(
    422,
    `field "${kind}" must be a file upload (curl -F ${kind}=@target/${ARTIFACT_FILE_NAMES[kind]})`,
    ARTIFACT_FILE_NAMES[kind],
  );
}

function unknownField(name: string): UploadError {
  return new UploadError(
    422,
    `unknown field "${name}": expected files named ${ARTIFACT_KINDS.join(", ")}`,
  );
}
