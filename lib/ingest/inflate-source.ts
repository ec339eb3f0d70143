import fs from "node:fs/promises";
import { createReadStream, createWriteStream } from "node:fs";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import {
  inflatesTooLarge,
  isGzip,
  notGzip,
  refuseOversize,
} from "@/lib/artifacts/decode";
import { isArtifactError } from "@/lib/artifacts/errors";
import type { ArtifactSource } from "./ingest-project";

/**
 * An artifact's plain bytes, from memory or from a spooled upload file:
 * gunzipped when it starts like gzip (whatever it is called), refused past
 * `maxBytes`. Inflation streams through zlib, which works on the libuv thread
 * pool, so the event loop keeps serving readers; a gzip bomb stops once the
 * output passes the limit rather than after inflating in full.
 */
export async function inflateSource(
  source: ArtifactSource,
  maxBytes: number,
): Promise<Uint8Array> {
  if ("bytes" in source)
    return inflateBytes(source.file, source.bytes, maxBytes);
  return inflateFile(source.file, source.path, maxBytes);
}

async function inflateBytes(
  file: string,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!isGzip(bytes)) {
    refuseOversize(file, bytes.length, maxBytes);
    return bytes;
  }
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await gunzipInto(Readable.from([bytes]), collect, file, maxBytes);
  return Buffer.concat(chunks);
}

/**
 * Inflates into a file beside the upload and reads that once: the plain
 * document is held in one buffer of its exact size, not as chunks plus a copy.
 */
async function inflateFile(
  file: string,
  path: string,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!isGzip(await readHead(path))) {
    refuseOversize(file, (await fs.stat(path)).size, maxBytes);
    return fs.readFile(path);
  }
  const plainPath = `${path}.plain`;
  try {
    await gunzipInto(
      createReadStream(path),
      createWriteStream(plainPath, { mode: 0o600 }),
      file,
      maxBytes,
    );
    return await fs.readFile(plainPath);
  } finally {
    await fs.rm(plainPath, { force: true });
  }
}

/** Streams gzip `input` into `output`, counting what comes out against `maxBytes`. */
export async function gunzipInto(
  input: Readable,
  output: Writable,
  file: string,
  maxBytes: number,
): Promise<void> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) done(inflatesTooLarge(file, maxBytes));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(input, createGunzip(), limit, output);
  } catch (error) {
    if (isArtifactError(error)) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_"))
      throw notGzip(file, error);
    throw error;
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
