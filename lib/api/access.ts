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

const SIGN_IN_PATH = "/auth/sign-in";

const UNAUTHENTICATED =
  "sign in, or send a token: Authorization: Bearer <token>";
const NO_ROLE =
  "your groups give you no access to this catalog; ask its admins";

/**
 * The gate every request passes when sign-in is on (the catalog is open when
 * it is off): answers the refusal, or null to let the request through.
 * Without valid credentials, pages redirect to sign-in and everything else
 * (API, feeds, downloads) answers 401; a person outside every reader group
 * gets 403. A request that changes something with a session cookie must come
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
      : redirectToSignIn(pathname + search);
  if (!principal.access.isReader)
    return isMachine ? jsonError(403, NO_ROLE) : forbiddenPage();
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

function redirectToSignIn(returnTo: string): Response {
  const query = new URLSearchParams({ returnTo });
  // A relative Location: the browser resolves it against the address it used.
  return new Response(null, {
    status: 307,
    headers: {
      Location: `${SIGN_IN_PATH}?${query}`,
      "Cache-Control": "no-store",
    },
  });
}

function forbiddenPage(): Response {
  return new Response(
    "<!doctype html><title>No access · Mesh Catalog</title><p>Your groups give you no access to this catalog. Ask its admins.</p><form method=post action=/auth/sign-out><button>Sign out</button></form>",
    {
      status: 403,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
}
