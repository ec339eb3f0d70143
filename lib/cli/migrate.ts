import { connectDatabase } from "@/lib/db/connect";
import { closeDb } from "@/lib/db/client";

const db = await connectDatabase();
console.log(
  `Migrations applied to ${db.isEmbedded ? "the embedded PostgreSQL" : "DATABASE_URL"}.`,
);
await closeDb();
await db.cluster?.stop();
