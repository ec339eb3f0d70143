import { NextResponse, type NextRequest } from "next/server";
import { renderUnavailableHtml } from "@/components/shell/unavailable-html";
import { jsonError } from "@/lib/api/responses";
import { gateRequest } from "@/lib/api/access";
import { isDatabaseAway, RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import {
  buildContentSecurityPolicy,
  createNonce,
  NONCE_HEADER,
} from "@/lib/security/headers";
import { hasNulByte, isDecodablePath } from "@/lib/urls";

/** The app's not-found page, which Next serves with status 404. */
const NOT_FOUND_PATH = "/_not-found";

/**
 * Gives every page response a Content-Security-Policy with a fresh nonce.
 * Next reads the nonce from the request's CSP header and puts it on its own
 * scripts; the root layout reads `x-nonce` for the theme script.
 *
 * A path that is not valid percent-encoded UTF-8 (`/projects/%ZZ`) stops
 * here: Next fails to decode it into route params and answers a bare 500, so
 * pages get the not-found page and the API its JSON error, status 400. So
 * does a page URL with a NUL byte (the API refuses those in withApiErrors,
 * since its query strings do not pass through here). While the database is
 * away, pages get the "unavailable" page, status 503. With sign-in on, pages
 * and feeds pass the access gate (lib/api/access.ts); the API passes it in
 * withApiErrors, since its uploads must not be buffered here.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (!isApi && hasNulByte(pathname + search))
    return withPolicy(request, new URL(NOT_FOUND_PATH, request.url));
  if (!isDecodablePath(pathname)) {
    return isApi
      ? jsonError(400, "The path is not valid percent-encoded UTF-8")
      : withPolicy(request, new URL(NOT_FOUND_PATH, request.url));
  }
  if (isApi) return NextResponse.next();
  if (isDatabaseAway()) return unavailable();
  const refused = await gateRequest(request);
  if (refused) return refused;
  return withPolicy(request);
}

/**
 * While the server's supervisor finds the database away, pages answer 503
 * with a page that needs no database and reloads itself, rather than each
 * rendering into a 500 (the API answers its own 503s in withApiErrors).
 */
function unavailable(): NextResponse {
  const nonce = createNonce();
  return new NextResponse(renderUnavailableHtml(nonce), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Content-Security-Policy": buildContentSecurityPolicy({
        nonce,
        isDevelopment: process.env.NODE_ENV === "development",
      }),
    },
  });
}

/** Passes the request on (or rewrites it to `rewriteTo`) under a fresh CSP. */
function withPolicy(request: NextRequest, rewriteTo?: URL): NextResponse {
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const init = { request: { headers: requestHeaders } };
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, init)
    : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages, prefetches included (a prefetch may be answered with the
      // full HTML): static files, images and the JSON API carry no scripts.
      // Metrics answer even while the database is away.
      source:
        "/((?!api/|metrics$|_next/static|_next/image|favicon.ico|icon.svg).*)",
    },
    {
      // API paths with an escape that may not decode (anything but %00-%7F).
      // Only those: the proxy buffers request bodies, and artifact uploads
      // are larger than its limit.
      source: "/api/(.*%(?![0-7][0-9A-Fa-f]).*)",
    },
  ],
};
