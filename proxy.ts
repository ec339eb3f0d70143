import { NextResponse, type NextRequest } from "next/server";
import {
  buildContentSecurityPolicy,
  createNonce,
  NONCE_HEADER,
} from "@/lib/security/headers";

/**
 * Gives every page response a Content-Security-Policy with a fresh nonce.
 * Next reads the nonce from the request's CSP header and puts it on its own
 * scripts; the root layout reads `x-nonce` for the theme script.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: static files, images and the JSON API carry no scripts.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Router prefetches fetch RSC payloads, not documents: no policy needed.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
