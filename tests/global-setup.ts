import type { TestProject } from "vitest/node";
import { startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { TEMPLATE_DATABASE } from "./db";

declare module "vitest" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    clusterUrl: string;
  }
}

/**
 * One throwaway Postgres cluster for the whole run, never the user's. Each
 * integration test file clones its own database from a migrated template.
 */
export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const cluster = await startThrowawayCluster();
  const admin = new URL(cluster.url);
  admin.pathname = "/postgres";
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await client.end();
  const template = new URL(cluster.url);
  template.pathname = `/${TEMPLATE_DATABASE}`;
  await migrate(template.toString());
  project.provide("clusterUrl", cluster.url);
  return () => cluster.stop();
}
