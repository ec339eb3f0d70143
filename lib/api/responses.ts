import "server-only";

/** The API's error shape, never cached: `{ "error": { "message", ...extra } }`. */
export function jsonError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { message, ...extra } },
    { status, headers: { "Cache-Control": "no-store", ...headers } },
  );
}

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, {
    ...init,
    headers: { "Cache-Control": "no-store", ...init.headers },
  });
}
