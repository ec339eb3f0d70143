import { NextRequest } from "next/server";

/** The cookie that holds a session's secret. */
export const SESSION_COOKIE = "catalog_session";
/** The cookie that carries a sign-in's PKCE verifier, state and nonce to the callback. */
export const SIGN_IN_COOKIE = "catalog_sign_in";
/** Where the provider sends the browser back. */
export const CALLBACK_PATH = "/auth/callback";

/**
 * How the catalog's cookies are set: HttpOnly (no script reads them),
 * SameSite=Lax (sent on the provider's redirect back, a top-level navigation,
 * but not on cross-site requests that change things), Secure behind TLS.
 */
export function cookieOptions(options: {
  isSecure: boolean;
  maxAgeSeconds: number;
  path?: string;
}) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: options.isSecure,
    path: options.path ?? "/",
    maxAge: Math.max(0, Math.floor(options.maxAgeSeconds)),
  };
}

/** One cookie's value from a request, or null. */
export function readCookie(request: Request, name: string): string | null {
  const cookies =
    request instanceof NextRequest
      ? request.cookies
      : new NextRequest(request.url, { headers: request.headers }).cookies;
  return cookies.get(name)?.value ?? null;
}
