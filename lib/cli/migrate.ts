import { connectDatabase } from "@/lib/db/connect";
import { closeDb } from "@/lib/db/client";
import { exitWithError, readHelpOnly } from "./command-line";

readHelpOnly(
  process.argv.slice(2),
  `Usage: npm run db:migrate

Applies the SQL migrations in prisma/migrations/ that are not applied yet, to
DATABASE_URL or, when it is unset, to the embedded PostgreSQL in
CATALOG_DATA_DIR (default .data/).
`,
);
const db = await connectDatabase().catch(exitWithError);
console.log(
  `Migrations applied to ${db.isEmbedded ? "the embedded PostgreSQL" : "DATABASE_URL"}.`,
);
await closeDb();
await db.cluster?.stop();
