import "server-only";
import { jsonError } from "./responses";
import { readPrincipal, readSignIn } from "@/lib/auth/principal";
import { isSameOrigin, readOrigin } from "@/lib/auth/origin";
import type { SignInConfig } from "@/lib/env";

/** Paths open to everyone even with sign-in on: liveness, readiness, signing in. */
const OPEN_PATHS = [/^\/api\/health$/, /^\/api\/ready$/, /^\/auth\//];

/** Paths read by programs, not people: a 401 rather than a redirect to the provider. */
const MACHINE_PATHS = [
  /^\/api\//,
  /\.atom$/,
  /\.svg$/,
  /\.csv$/,
  /\.json$/,
  /^\/metrics$/,
];

/** Paths for admins only: the audit log, its page and its API. */
const ADMIN_PATHS = [/^\/audit$/, /^\/api\/v1\/audit$/];

const SIGN_IN_PATH = "/auth/sign-in";

const UNAUTHENTICATED =
  "sign in, or send a token: Authorization: Bearer <token>";
const NO_ROLE =
  "your groups give you no access to this catalog; ask its admins";
const ADMINS_ONLY = "this is for the catalog's admins";

/**
 * The gate every request passes when sign-in is on (the catalog is open when
 * it is off): answers the refusal, or null to let the request through.
 * Without valid credentials, pages redirect to sign-in and everything else
 * (API, feeds, downloads) answers 401; a person outside every reader group
 * gets 403, as does anyone but an admin on the audit log. A request that changes something with a session cookie must come
 * from the catalog's own origin (403 otherwise): tokens are not sent by
 * browsers on their own, cookies are.
 */
export async function gateRequest(request: Request): Promise<Response | null> {
  const signIn = readSignIn();
  if (!signIn) return null;
  const { pathname, search } = new URL(request.url);
  if (OPEN_PATHS.some((path) => path.test(pathname))) return null;
  const principal = await readPrincipal(request, signIn);
  const isMachine = MACHINE_PATHS.some((path) => path.test(pathname));
  if (!principal)
    return isMachine
      ? jsonError(401, UNAUTHENTICATED, {}, { "WWW-Authenticate": "Bearer" })
      : redirectToSignIn(request, signIn, pathname + search);
  if (!principal.access.isReader)
    return isMachine ? jsonError(403, NO_ROLE) : forbiddenPage(NO_ROLE);
  if (
    ADMIN_PATHS.some((path) => path.test(pathname)) &&
    !principal.access.isAdmin
  )
    return isMachine ? jsonError(403, ADMINS_ONLY) : forbiddenPage(ADMINS_ONLY);
  if (
    isMutation(request) &&
    !isTokenRequest(request) &&
    !isFromOwnOrigin(request, signIn)
  )
    return jsonError(
      403,
      "this request did not come from the catalog's own pages",
    );
  return null;
}

function isFromOwnOrigin(request: Request, signIn: SignInConfig): boolean {
  return isSameOrigin(request, readOrigin(request, signIn.publicUrl));
}

function isMutation(request: Request): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(request.method);
}

function isTokenRequest(request: Request): boolean {
  return request.headers.has("authorization");
}

function redirectToSignIn(
  request: Request,
  signIn: SignInConfig,
  returnTo: string,
): Response {
  const url = new URL(SIGN_IN_PATH, readOrigin(request, signIn.publicUrl));
  url.searchParams.set("returnTo", returnTo);
  return new Response(null, {
    status: 307,
    headers: { Location: url.toString(), "Cache-Control": "no-store" },
  });
}

function forbiddenPage(reason: string): Response {
  return new Response(
    `<!doctype html><meta charset=utf-8><title>No access · Mesh Catalog</title><p>No access: ${reason}.</p><p><a href="/">Back to the catalog</a></p>`,
    {
      status: 403,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
}
