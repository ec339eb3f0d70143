import { gunzipSync } from "node:zlib";
import { ArtifactError } from "./errors";

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** V8's longest string; a larger document cannot be held as one string. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Turns raw artifact bytes into text: gunzips when the bytes are gzip (whatever
 * the file is called), refuses more than `maxBytes` after decompression (so a
 * gzip bomb stops early), refuses empty input and invalid UTF-8.
 */
export function decodeArtifact(
  file: string,
  bytes: Uint8Array,
  maxBytes: number,
): string {
  return toText(file, inflateArtifact(file, bytes, maxBytes));
}

/** The artifact's plain bytes: gunzipped when gzip, refused past `maxBytes`. */
export function inflateArtifact(
  file: string,
  bytes: Uint8Array,
  maxBytes: number,
): Uint8Array {
  const plain = isGzip(bytes) ? gunzip(file, bytes, maxBytes) : bytes;
  refuseOversize(file, plain.length, maxBytes);
  return plain;
}

/** Refuses plain artifact bytes past `maxBytes`. */
export function refuseOversize(
  file: string,
  length: number,
  maxBytes: number,
): void {
  if (length > maxBytes)
    throw new ArtifactError(
      file,
      `is ${formatBytes(length)}, over the limit of ${formatBytes(maxBytes)}`,
      { isTooLarge: true },
    );
}

/** The refusal of a gzip artifact that inflates past `maxBytes`. */
export function inflatesTooLarge(
  file: string,
  maxBytes: number,
): ArtifactError {
  return new ArtifactError(
    file,
    `decompresses to more than the limit of ${formatBytes(maxBytes)}`,
    { isTooLarge: true },
  );
}

/** The refusal of bytes that start like gzip but do not inflate. */
export function notGzip(file: string, error: unknown): ArtifactError {
  return new ArtifactError(
    file,
    `is not valid gzip (${(error as Error).message})`,
  );
}

/** Plain artifact bytes as text: refuses empty input and invalid UTF-8. */
export function toText(file: string, plain: Uint8Array): string {
  const body = hasBom(plain) ? plain.subarray(UTF8_BOM.length) : plain;
  if (isBlank(body)) throw new ArtifactError(file, "is empty");
  if (body.length > MAX_STRING_LENGTH) {
    throw new ArtifactError(
      file,
      `is ${formatBytes(body.length)}, more than one JSON document can hold here`,
      {
        isTooLarge: true,
      },
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new ArtifactError(file, "is not valid UTF-8", {
      byteOffset: findInvalidUtf8(body),
    });
  }
}

function gunzip(file: string, bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    // One byte over the limit is enough to know the limit is exceeded.
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)
      throw inflatesTooLarge(file, maxBytes);
    throw notGzip(file, error);
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    bytes[0] === UTF8_BOM[0] &&
    bytes[1] === UTF8_BOM[1] &&
    bytes[2] === UTF8_BOM[2]
  );
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
      return false;
  }
  return true;
}

/** Byte offset of the first byte that breaks UTF-8; only called once decoding has failed. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
