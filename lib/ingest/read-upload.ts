import { isGzip } from "@/lib/artifacts/decode";
import { ARTIFACT_FILE_NAMES } from "@/lib/artifacts/types";
import { readMultipart } from "./read-multipart";
import {
  readChunk,
  tooLarge,
  UploadError,
  type Upload,
  type UploadLimits,
} from "./upload-error";

const MANIFEST_FILE = ARTIFACT_FILE_NAMES.manifest;

/**
 * Reads the artifacts of an upload request: `multipart/form-data` with one file
 * part per artifact kind (several for `run_results`), or any other body as a bare manifest (plain or gzip;
 * `Content-Encoding: gzip` bodies stay compressed for the pipeline to inflate
 * under its own cap). The body is streamed and refused as soon as a part or the
 * whole passes its limit, so an oversized upload is never held in memory.
 */
export async function readUpload(
  request: Request,
  limits: UploadLimits,
): Promise<Upload> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const isMultipart = mediaType === "multipart/form-data";
  if (mediaType.startsWith("multipart/") && !isMultipart)
    throw new UploadError(
      415,
      `${mediaType} is not accepted: send multipart/form-data or a bare manifest`,
    );
  const isGzipEncoded = readContentEncoding(request, isMultipart);
  const maxBodyBytes = isMultipart
    ? limits.maxUploadBytes
    : Math.min(limits.maxArtifactBytes, limits.maxUploadBytes);
  refuseDeclaredLength(
    request,
    maxBodyBytes,
    isMultipart ? undefined : MANIFEST_FILE,
  );
  if (isMultipart) return readMultipart(request.body, contentType, limits);

  const bytes = await readBareBody(request.body, maxBodyBytes);
  if (isGzipEncoded && bytes.length > 0 && !isGzip(bytes))
    throw new UploadError(
      422,
      `${MANIFEST_FILE}: Content-Encoding says gzip, but the body is not gzip`,
      MANIFEST_FILE,
    );
  return {
    artifacts: { manifest: { file: MANIFEST_FILE, bytes } },
    moreRunResults: [],
  };
}

/** True for a gzip-encoded bare body; refuses encodings the pipeline cannot undo. */
function readContentEncoding(request: Request, isMultipart: boolean): boolean {
  const encoding = (request.headers.get("content-encoding") ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "identity" || encoding === "") return false;
  if ((encoding === "gzip" || encoding === "x-gzip") && !isMultipart)
    return true;
  throw new UploadError(
    415,
    isMultipart
      ? `Content-Encoding ${encoding} is not accepted for multipart uploads: gzip each file instead`
      : `Content-Encoding ${encoding} is not accepted: send gzip or plain JSON`,
  );
}

/** Refuses a body whose declared length is already over the limit, before reading any of it. */
function refuseDeclaredLength(
  request: Request,
  maxBytes: number,
  file: string | undefined,
): void {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw tooLarge(file, maxBytes);
}

async function readBareBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await readChunk(reader);
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(MANIFEST_FILE, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
