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

const ARTIFACT_KINDS = Object.keys(ARTIFACT_FILE_NAMES) as ArtifactKind[];
// Text fields are refused, so there is no reason to hold more of one than its start.
const MAX_TEXT_FIELD_BYTES = 1024;

/**
 * Streams a multipart body through busboy. Every part must be a file named
 * after an artifact kind, each kind at most once; the first problem stops the
 * read and is the one reported.
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
        parts: ARTIFACT_KINDS.length * 2,
      },
    });
  } catch (error) {
    throw new UploadError(
      400,
      `the multipart body cannot be read: ${(error as Error).message}`,
    );
  }
  const upload: Upload = {};
  const seen = new Set<ArtifactKind>();
  const state: ReadState = { failure: null };
  const fail = (error: UploadError) => {
    state.failure ??= error;
  };

  parser.on("file", (name, stream) => {
    // A part cut short errors here and on the parser; the parser's error is the one reported.
    stream.on("error", () => {});
    const kind = toArtifactKind(name);
    if (kind === null || seen.has(kind)) {
      fail(kind === null ? unknownField(name) : repeatedField(kind));
      stream.resume();
      return;
    }
    seen.add(kind);
    const file = ARTIFACT_FILE_NAMES[kind];
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("limit", () => fail(tooLarge(file, limits.maxArtifactBytes)));
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (state.failure === null) chunks.push(chunk);
    });
    stream.on("end", () => {
      if (state.failure === null)
        upload[kind] = { file, bytes: Buffer.concat(chunks, size) };
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
        `too many parts: send at most one file for each of ${ARTIFACT_KINDS.join(", ")}`,
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
  return upload;
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
