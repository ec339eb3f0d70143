/** Request header through which proxy.ts hands the per-request nonce to the app. */
export const NONCE_HEADER = "x-nonce";

/**
 * A fresh nonce for one response: 128 random bits, base64. It must be
 * unpredictable and never reused, or an injected script could carry it.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** `next dev` needs eval (React rebuilds server stacks) and unnonced styles (HMR). */
  isDevelopment: boolean;
};

/**
 * The page's Content-Security-Policy: scripts run only when they carry this
 * response's nonce (or are loaded by one that does: 'strict-dynamic'), so
 * markup injected from a manifest can never execute. No plugins, no <base>,
 * no framing. Images may come from https hosts because descriptions embed
 * them; everything else comes from this origin.
 *
 * `upgrade-insecure-requests` is left out on purpose: self-hosted catalogs
 * often run over plain HTTP on an internal network, where it breaks every
 * asset. Deployments behind TLS should send HSTS from their proxy.
 */
export function buildContentSecurityPolicy({
  nonce,
  isDevelopment,
}: ContentSecurityPolicyOptions): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  if (isDevelopment) scriptSources.push("'unsafe-eval'");
  // A nonce makes browsers ignore 'unsafe-inline', so dev uses one or the other.
  const styleSources = isDevelopment
    ? ["'self'", "'unsafe-inline'"]
    : ["'self'", `'nonce-${nonce}'`];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSources,
    "style-src": styleSources,
    "img-src": ["'self'", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Headers every response gets (pages, API, static assets), set in
 * next.config.ts. The CSP is not here: it needs a per-request nonce (proxy.ts).
 */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{
  key: string;
  value: string;
}> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Catalog URLs name internal projects and models: never send them to other sites.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()",
  },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
