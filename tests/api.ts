import { POST } from "@/app/api/v1/projects/[project]/artifacts/route";
import type { ArtifactKind } from "@/lib/artifacts/types";

export type ApiResponse = { status: number; headers: Headers; body: unknown };

type PostOptions = {
  /** A token secret, sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
  body?: BodyInit | null;
  /** The URL's query string, without the `?`. */
  query?: string;
};

/** Calls the write API's route handler the way Next does, with a real Request. */
export async function postArtifacts(
  project: string,
  { token, headers = {}, body = null, query }: PostOptions,
): Promise<ApiResponse> {
  const request = new Request(
    `http://catalog.test/api/v1/projects/${encodeURIComponent(project)}/artifacts${query ? `?${query}` : ""}`,
    {
      method: "POST",
      headers: token
        ? { authorization: `Bearer ${token}`, ...headers }
        : headers,
      body,
      // Needed for a ReadableStream body; harmless for the others.
      duplex: "half",
    } as RequestInit,
  );
  const response = await POST(request, {
    params: Promise.resolve({ project }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown,
  };
}

/** A multipart form with one file part per entry, as `curl -F kind=@file` sends it. */
export function multipart(
  parts: Partial<Record<ArtifactKind | (string & {}), Uint8Array | string>>,
): FormData {
  const form = new FormData();
  for (const [name, content] of Object.entries(parts)) {
    if (content === undefined) continue;
    const bytes =
      typeof content === "string" ? content : new Uint8Array(content);
    form.append(name, new Blob([bytes]), `${name}.json`);
  }
  return form;
}

/**
 * A body that yields `prefix`, then `chunk` again and again up to `maxBytes`,
 * counting what the reader pulled: shows whether a limit stopped the read.
 */
export function meteredBody(
  prefix: Uint8Array,
  chunk: Uint8Array,
  maxBytes: number,
): {
  body: ReadableStream<Uint8Array>;
  pulled: () => number;
  wasCancelled: () => boolean;
} {
  let pulled = 0;
  let wasCancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = pulled === 0 ? prefix : chunk;
        if (pulled >= maxBytes) return controller.close();
        pulled += next.byteLength;
        controller.enqueue(next);
      },
      cancel() {
        wasCancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => pulled, wasCancelled: () => wasCancelled };
}
