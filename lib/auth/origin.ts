/**
 * The catalog's origin as the browser sees it: CATALOG_PUBLIC_URL when set,
 * else the request's, with a TLS-terminating proxy's `X-Forwarded-Proto` and
 * `X-Forwarded-Host` taken at their word (the catalog sits behind one or
 * nothing).
 */
export function readOrigin(request: Request, publicUrl?: string): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const url = new URL(request.url);
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  const host =
    firstValue(request.headers.get("x-forwarded-host")) ??
    request.headers.get("host") ??
    url.host;
  return `${proto ?? url.protocol.replace(/:$/, "")}://${host}`;
}

/** Whether the browser reaches the catalog over TLS: its cookies are then Secure. */
export function isSecureOrigin(origin: string): boolean {
  return origin.startsWith("https://");
}

/**
 * Whether a request that changes something came from the catalog's own pages
 * (no cross-site request forgery): its `Origin` is the catalog's, or, from a
 * browser that sends none, `Sec-Fetch-Site` says same-origin. A request with
 * neither is refused: every browser that keeps cookies sends one of them.
 */
export function isSameOrigin(request: Request, origin: string): boolean {
  const sent = request.headers.get("origin");
  if (sent) return sent === origin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value || undefined;
}

/** The client's address for the audit log: the first hop of X-Forwarded-For, which Next sets. */
export function readClientAddress(request: Request): string | null {
  return firstValue(request.headers.get("x-forwarded-for")) ?? null;
}
