import { defineConfig } from "prisma/config";

// The Prisma CLI is used only to generate the client. Migrations are plain SQL
// files applied by lib/db/migrate.ts, so no datasource URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
