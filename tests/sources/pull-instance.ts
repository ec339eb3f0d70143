/**
 * One catalog instance working the pull queue, as a process of its own, for
 * the test that kills it mid-pull: DATABASE_URL and SOURCES_FILE from the
 * environment; prints "ready" once it takes jobs.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseSourcesConfig } from "@/lib/sources/sources-config";
import { startSourceScheduler } from "@/lib/sources/source-scheduler";
import { INSTANCE_QUEUE_OPTIONS } from "./instance-options";

const file = process.env.SOURCES_FILE ?? "";
const config = parseSourcesConfig(await fs.readFile(file, "utf8"), {
  file,
  baseDir: path.dirname(file),
  env: process.env,
});
await startSourceScheduler({
  ...INSTANCE_QUEUE_OPTIONS,
  config,
  databaseUrl: process.env.DATABASE_URL ?? "",
});
process.stdout.write("ready\n");
