import { once } from "node:events";
import { createWriteStream } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { ARTIFACT_FILE_NAMES, type ArtifactKind } from "@/lib/artifacts/types";
import {
  readChunk,
  tooLarge,
  UploadError,
  type Upload,
  type UploadLimits,
} from "./upload-error";
import type { SpooledArtifact } from "./ingest-project";

const ARTIFACT_KINDS = Object.keys(ARTIFACT_FILE_NAMES) as ArtifactKind[];
/** Orchestrators that run subsets leave several run_results.json; this many per upload. */
export const MAX_RUN_RESULTS = 16;
// Text fields are refused, so there is no reason to hold more of one than its start.
const MAX_TEXT_FIELD_BYTES = 1024;

/**
 * Streams a multipart body through busboy. Every part must be a file named
 * after an artifact kind, each kind at most once except `run_results` (up to
 * MAX_RUN_RESULTS, in the order sent), and is written to its own file in
 * `dir`; the first problem stops the read and is the one reported.
 */
export async function readMultipart(
  body: ReadableStream<Uint8Array> | null,
  contentType: string,
  limits: UploadLimits,
  dir: string,
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
  const runResults: SpooledArtifact[] = [];
  const seen = new Set<ArtifactKind>();
  const state: ReadState = { failure: null };
  const fail = (error: UploadError) => {
    state.failure ??= error;
  };
  const writes = createPartWrites(dir);

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
    const file = runResultsLabel(kind, slot);
    stream.on("limit", () => fail(tooLarge(file, limits.maxArtifactBytes)));
    const artifact = { file, path: writes.start(stream) };
    if (slot >= 0) runResults.push(artifact);
    else artifacts[kind] = artifact;
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
  try {
    await feedParser(body, parser, finished, limits.maxUploadBytes, state);
    const failure = readFailure();
    if (failure) throw failure;
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
    await writes.finish();
  } catch (error) {
    parser.destroy();
    await writes.abort();
    throw error;
  }
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
 * The file writes of an upload's parts, numbered in arrival order (a kind can
 * come several times). Each part streams to disk with back-pressure, so busboy
 * slows down the read instead of buffering.
 */
function createPartWrites(dir: string) {
  const running: {
    part: Readable;
    done: Promise<void>;
    closed: Promise<unknown>;
  }[] = [];
  return {
    start(part: Readable): string {
      const file = path.join(dir, `part-${running.length}`);
      const out = createWriteStream(file, { mode: 0o600 });
      // Awaited in abort: a file still being opened must not outlive the directory's removal.
      const closed = once(out, "close").catch(() => {});
      const done = pipeline(part, out);
      // Awaited in finish/abort; this stops a cut-off part from surfacing as an unhandled rejection.
      done.catch(() => {});
      running.push({ part, done, closed });
      return file;
    },
    /** Waits until every part is on disk; a write that failed is a fault of the catalog. */
    async finish(): Promise<void> {
      await Promise.all(running.map((write) => write.done));
    },
    /** Stops every write and waits for its file to be closed; the files go with the upload's directory. */
    async abort(): Promise<void> {
      // With an error: a part destroyed without one can leave its pipeline pending.
      const aborted = new Error("the upload was refused");
      for (const write of running) write.part.destroy(aborted);
      await Promise.allSettled(
        running.flatMap((write) => [write.done, write.closed]),
      );
    },
  };
}

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
