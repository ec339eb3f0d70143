import { afterEach, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import {
  countDanglingRows,
  crossProjectEdges,
  ingest,
  jsonArtifact,
  NO_DANGLING_ROWS,
} from "@/tests/ingest";

const UPSTREAM = "astronomer-cosmos/cross_project_upstream";
const DOWNSTREAM = "astronomer-cosmos/cross_project_downstream";

/** The six two-argument refs of the real dbt-loom pair, each to the producer's own node. */
const RESOLVED = [
  "model.upstream.int_customer_orders",
  "model.upstream.int_orders_enriched",
  "model.upstream.int_orders_enriched",
  "model.upstream.stg_customers",
  "model.upstream.stg_order_items",
  "model.upstream.stg_products",
].map((id) => ({ parent: id, resolvedTo: id, resolvedProject: "upstream" }));

type Manifest = { nodes: Record<string, unknown> };

describe("cross-project refs of the real dbt-loom pair", () => {
  afterEach(closeDb);

  test.each([
    { order: "producer first", first: UPSTREAM, second: DOWNSTREAM },
    { order: "consumer first", first: DOWNSTREAM, second: UPSTREAM },
  ])(
    "resolve to the producer's own nodes, $order",
    async ({ first, second }) => {
      await useTestDatabase();
      await ingest(readFixtureDir(first));
      await ingest(readFixtureDir(second));
      expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
    },
  );

  test("before the producer arrives, refs are unresolved external nodes; the injected copies are never stored", async () => {
    await useTestDatabase();
    const report = await ingest(readFixtureDir(DOWNSTREAM));
    expect(report).toMatchObject({
      crossProjectResolved: 0,
      crossProjectUnresolved: 6,
    });
    expect(
      (await crossProjectEdges("downstream")).every(
        (e) => e.resolvedTo === null,
      ),
    ).toBe(true);
    const copies = await getPool().query(
      "SELECT count(*)::int AS n FROM nodes WHERE package_name = 'upstream'",
    );
    expect(copies.rows[0]).toEqual({ n: 0 });
    const producer = await ingest(readFixtureDir(UPSTREAM));
    expect(producer.incomingResolved).toBe(6);
    const upstreamNodes = await getPool().query(
      "SELECT count(*)::int AS n FROM nodes WHERE package_name = 'upstream'",
    );
    expect(upstreamNodes.rows[0]).toEqual({ n: 25 });
  });

  test("a producer's node that disappears leaves the consumer's ref unresolved, and it resolves again when it returns", async () => {
    await useTestDatabase();
    const upstream = readFixtureDir(UPSTREAM);
    await ingest(upstream);
    await ingest(readFixtureDir(DOWNSTREAM));
    const manifest = loadFixtureJson(`${UPSTREAM}/manifest.json`) as Manifest;
    const { ["model.upstream.stg_products"]: _removed, ...nodes } =
      manifest.nodes;
    await ingest({
      manifest: jsonArtifact("manifest.json", { ...manifest, nodes }),
    });
    const edges = await crossProjectEdges("downstream");
    expect(
      edges.find((e) => e.parent === "model.upstream.stg_products")?.resolvedTo,
    ).toBeNull();
    expect(edges.filter((e) => e.resolvedTo !== null)).toHaveLength(5);
    expect(await countDanglingRows()).toEqual(NO_DANGLING_ROWS);
    await ingest(upstream);
    expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
  });
});
