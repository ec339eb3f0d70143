/**
 * Times the lineage queries on a large synthetic mesh, in a throwaway
 * embedded Postgres cluster (or one kept in --keep DIR to skip re-ingesting):
 *
 *   npx tsx --conditions=react-server bench/lineage-queries.ts \
 *     [--projects 200] [--models 200] [--cross-refs 3] [--runs 7] [--explain] [--keep DIR]
 *
 * Prints median / min / max per query and, with --explain, the plans of the
 * statements behind them (EXPLAIN ANALYZE, BUFFERS).
 */
import {
  parseCommandLine,
  readCommandLineOrExit,
} from "@/lib/cli/command-line";
import { closeDb, getPool } from "@/lib/db/client";
import { startEmbeddedCluster, startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { explainStatements } from "./lineage-explain";
import { measureLineageQueries, pickFocus } from "./lineage-measure";
import { ingestSyntheticMesh } from "./lineage-mesh";

const USAGE = `Usage: npm run bench:lineage -- [--projects 200] [--models 200] [--cross-refs 3]
                              [--runs 7] [--explain] [--keep DIR]
`;

const values = readCommandLineOrExit(USAGE, () => {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: {
      projects: { type: "string", default: "200" },
      models: { type: "string", default: "200" },
      "cross-refs": { type: "string", default: "3" },
      runs: { type: "string", default: "7" },
      explain: { type: "boolean", default: false },
      keep: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  return values.help ? "help" : values;
});
const options = {
  projects: Number(values.projects),
  models: Number(values.models),
  crossRefs: Number(values["cross-refs"]),
  runs: Number(values.runs),
};

async function main(): Promise<number> {
  const cluster = values.keep
    ? await startEmbeddedCluster(values.keep, { isEphemeral: true })
    : await startThrowawayCluster();
  process.env.DATABASE_URL = cluster.url;
  try {
    await migrate(cluster.url);
    const ingest = await ingestSyntheticMesh(options);
    console.log(ingest);
    await getPool().query("ANALYZE");
    console.log(await measureLineageQueries(options.runs));
    if (values.explain) await explainStatements((await pickFocus()).hub);
    return 0;
  } finally {
    await closeDb();
    await cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
