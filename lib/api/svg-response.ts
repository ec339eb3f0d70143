import "server-only";
import { createHash } from "node:crypto";

/**
 * Badges change only when their project is ingested, yet READMEs and image
 * proxies fetch them often: caches may keep one five minutes and serve it
 * stale up to a day while they revalidate, which the ETag makes a 304.
 */
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}

/**
 * An SVG image answer: its ETag is a hash of its bytes, a request that
 * already holds them gets 304, and the image may not load anything or run
 * anything, whoever opens it.
 */
export function svgResponse(request: Request, svg: string): Response {
  const etag = `"${createHash("sha256").update(svg).digest("base64url").slice(0, 32)}"`;
  const headers = {
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "Content-Security-Policy": "default-src 'none'; frame-ancestors *",
    "X-Content-Type-Options": "nosniff",
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(svg, {
    headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
