import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { closeDb } from "@/lib/db/client";

export const TEMPLATE_DATABASE = "catalog_template";

/**
 * Creates a fresh, migrated database for one test file and points the
 * process's database layer at it. Returns its URL.
 */
export async function useTestDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new URL(inject("clusterUrl"));
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await client.end();
  const url = new URL(inject("clusterUrl"));
  url.pathname = `/${name}`;
  await closeDb();
  process.env.DATABASE_URL = url.toString();
  return url.toString();
}
