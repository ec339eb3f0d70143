import { describe, expect, test } from "vitest";
import {
  buildContentSecurityPolicy,
  createNonce,
  STATIC_SECURITY_HEADERS,
} from "./headers";

function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("createNonce", () => {
  test("is base64 of 16 bytes and differs on every call", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("buildContentSecurityPolicy", () => {
  const production = parsePolicy(
    buildContentSecurityPolicy({ nonce: "abc123==", isDevelopment: false }),
  );
  const development = parsePolicy(
    buildContentSecurityPolicy({ nonce: "abc123==", isDevelopment: true }),
  );

  test("scripts need the nonce in production, with nothing unsafe", () => {
    expect(production.get("script-src")).toEqual([
      "'self'",
      "'nonce-abc123=='",
      "'strict-dynamic'",
    ]);
  });

  test.each([...production.entries()])(
    "production %s allows nothing unsafe",
    (_name, sources) => {
      expect(sources.join(" ")).not.toMatch(
        /unsafe-(inline|eval|hashes)|\*|data:/,
      );
    },
  );

  test.each([
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["default-src", ["'self'"]],
    ["style-src", ["'self'", "'nonce-abc123=='"]],
  ])("production %s is %j", (name, sources) => {
    expect(production.get(name)).toEqual(sources);
  });

  test("development adds eval for React's debugging and inline styles for HMR", () => {
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("STATIC_SECURITY_HEADERS", () => {
  test.each([
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
  ])("include %s", (key) => {
    expect(STATIC_SECURITY_HEADERS.map((header) => header.key)).toContain(key);
  });
});
