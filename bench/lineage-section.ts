import { closeDb, getPool } from "@/lib/db/client";
import { prepareLargeMesh } from "./large-mesh";
import { measureLineageQueries } from "./lineage-measure";

/** The lineage, mesh-map, impact and star queries on the shared 100k-node mesh. */
export async function benchLineageQueries(): Promise<string> {
  const mesh = await prepareLargeMesh();
  process.env.DATABASE_URL = mesh.cluster.url;
  try {
    await getPool().query("ANALYZE");
    const table = await measureLineageQueries(7);
    return [
      `Mesh: ${mesh.projects} projects, ${mesh.nodes.toLocaleString("en")} nodes. For denser or larger meshes: \`npm run bench:lineage -- --projects 500\`, \`--cross-refs 600\`, \`--explain\`.`,
      "",
      table,
    ].join("\n");
  } finally {
    await closeDb();
  }
}
