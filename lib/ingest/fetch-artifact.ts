import { formatBytes } from "@/lib/artifacts/decode";
import { ArtifactError } from "@/lib/artifacts/errors";

/** Artifacts that cannot be had: a missing file, an HTTP error, an unreachable host. */
export class ArtifactUnavailableError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = "ArtifactUnavailableError";
  }
}

export type FetchOptions = {
  /** Largest body accepted, counted as it streams in (after any Content-Encoding). */
  maxBytes: number;
  /** Longest wait for the response or for the next chunk of it. */
  idleTimeoutMs?: number;
};

/** A server that sends nothing for this long is given up on; a slow but moving download is not. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/** What an http(s) store answered: the body and its validators, or "not modified". */
export type ConditionalFetch =
  | { isModified: false }
  | {
      isModified: true;
      bytes: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    };

export type ConditionalOptions = FetchOptions & {
  /** Sent with the request (authorization); never written into a message. */
  headers?: Record<string, string>;
  /** Validators from the last answer: a store that still holds them answers 304 and sends nothing. */
  etag?: string | null;
  lastModified?: string | null;
};

/**
 * Downloads an artifact over http(s): refuses a body over `maxBytes` as soon
 * as the count passes it (or the Content-Length says so), gives up when the
 * server goes quiet for `idleTimeoutMs`, and turns network and HTTP failures
 * into messages that name the URL.
 */
export async function fetchArtifact(
  url: string,
  options: FetchOptions,
): Promise<Uint8Array> {
  const answer = await fetchArtifactIfModified(url, options);
  // Nothing conditional was asked: a 304 here is the server's error.
  if (!answer.isModified)
    throw new ArtifactUnavailableError(`${url}: HTTP 304 with nothing asked`);
  return answer.bytes;
}

/**
 * fetchArtifact with the request's headers and a conditional GET
 * (If-None-Match / If-Modified-Since): an unchanged artifact costs one
 * request and no body.
 */
export async function fetchArtifactIfModified(
  url: string,
  options: ConditionalOptions,
): Promise<ConditionalFetch> {
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const armTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  const quiet = () =>
    new ArtifactUnavailableError(
      `${url}: the server sent nothing for ${formatSeconds(idleMs)}; gave up`,
    );
  armTimer();
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: conditionalHeaders(options),
    }).catch((error: unknown) => {
      throw controller.signal.aborted
        ? quiet()
        : describeNetworkError(url, error);
    });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      return { isModified: false };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new ArtifactUnavailableError(
        `${url}: HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    assertDeclaredSize(url, response, options.maxBytes);
    const bytes = await readBody(
      url,
      response,
      options.maxBytes,
      armTimer,
    ).catch((error: unknown) => {
      throw controller.signal.aborted && !(error instanceof ArtifactError)
        ? quiet()
        : error;
    });
    return {
      isModified: true,
      bytes,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } finally {
    clearTimeout(timer);
  }
}

function conditionalHeaders(options: ConditionalOptions): Headers {
  const headers = new Headers(options.headers);
  if (options.etag) headers.set("if-none-match", options.etag);
  else if (options.lastModified)
    headers.set("if-modified-since", options.lastModified);
  return headers;
}

function assertDeclaredSize(
  url: string,
  response: Response,
  maxBytes: number,
): void {
  // With a Content-Encoding the length is of the compressed body; the count below decides.
  if (response.headers.get("content-encoding")) return;
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes)
    throw new ArtifactError(
      url,
      `is ${formatBytes(declared)}, over the limit of ${formatBytes(maxBytes)}`,
      { isTooLarge: true },
    );
}

async function readBody(
  url: string,
  response: Response,
  maxBytes: number,
  onChunk: () => void,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ArtifactError(
        url,
        `is more than the limit of ${formatBytes(maxBytes)}; the download was stopped`,
        { isTooLarge: true },
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function describeNetworkError(
  url: string,
  error: unknown,
): ArtifactUnavailableError {
  const cause = (error as { cause?: { code?: string; message?: string } })
    .cause;
  const host = safeHost(url);
  const reason =
    cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN"
      ? `cannot resolve the host ${host}`
      : cause?.code === "ECONNREFUSED"
        ? `${host} refused the connection`
        : (cause?.message ?? (error as Error).message);
  return new ArtifactUnavailableError(`${url}: ${reason}`, { cause: error });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`
    : `${ms} ms`;
}
