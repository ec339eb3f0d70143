import path from "node:path";
import { isGzip } from "@/lib/artifacts/decode";
import { ARTIFACT_FILE_NAMES } from "@/lib/artifacts/types";
import { readMultipart } from "./read-multipart";
import { openSpool, type Spool } from "./spool-file";
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
 * under its own cap). The body is streamed into files in `dir` and refused as
 * soon as a part or the whole passes its limit, so no upload is held in memory
 * while it arrives.
 */
export async function readUpload(
  request: Request,
  limits: UploadLimits,
  dir: string,
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
  if (isMultipart) return readMultipart(request.body, contentType, limits, dir);

  const spooled = path.join(dir, "manifest");
  const { size, head } = await spoolBareBody(
    request.body,
    spooled,
    maxBodyBytes,
  );
  if (isGzipEncoded && size > 0 && !isGzip(head))
    throw new UploadError(
      422,
      `${MANIFEST_FILE}: Content-Encoding says gzip, but the body is not gzip`,
      MANIFEST_FILE,
    );
  return {
    artifacts: { manifest: { file: MANIFEST_FILE, path: spooled } },
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

/** Bytes that tell gzip apart: its two magic bytes. */
const HEAD_BYTES = 2;

/** Writes a bare body to `file`; returns its size and first bytes. */
async function spoolBareBody(
  body: ReadableStream<Uint8Array> | null,
  file: string,
  maxBytes: number,
): Promise<{ size: number; head: Uint8Array }> {
  const spool = openSpool(file);
  try {
    const read = body ? await copyBody(body, spool, maxBytes) : EMPTY;
    await spool.close();
    return read;
  } catch (error) {
    await spool.abort();
    throw error;
  }
}

const EMPTY = { size: 0, head: new Uint8Array() };

async function copyBody(
  body: ReadableStream<Uint8Array>,
  spool: Spool,
  maxBytes: number,
): Promise<{ size: number; head: Uint8Array }> {
  const reader = body.getReader();
  let head = new Uint8Array();
  let size = 0;
  for (;;) {
    const { done, value } = await readChunk(reader);
    if (done) return { size, head };
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(MANIFEST_FILE, maxBytes);
    }
    // The first chunk can be a single byte.
    if (head.length < HEAD_BYTES)
      head = Buffer.concat([head, value]).subarray(0, HEAD_BYTES);
    await spool.write(value);
  }
}
