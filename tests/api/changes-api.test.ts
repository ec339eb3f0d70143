import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as getMeshAtom } from "@/app/changes.atom/route";
import { GET as getProjectAtom } from "@/app/projects/[project]/changes.atom/route";
import { closeDb } from "@/lib/db/client";
import type { ChangeItem } from "@/lib/db/queries/changes";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES, readFixture } from "@/tests/fixtures";
import { ingest, jsonArtifact } from "@/tests/ingest";
import { countEveryTable } from "@/tests/row-counts";

const UPSTREAM = path.join(
  REAL_FIXTURES,
  "astronomer-cosmos/cross_project_upstream/manifest.json",
);

/** The real upstream manifest, `order_total` gone from int_orders_enriched and a new model added. */
function editedUpstream(): unknown {
  const manifest = JSON.parse(fs.readFileSync(UPSTREAM, "utf8")) as {
    nodes: Record<
      string,
      { columns: Record<string, unknown>; [key: string]: unknown }
    >;
  };
  const node = manifest.nodes["model.upstream.int_orders_enriched"];
  if (!node) throw new Error("the fixture lost int_orders_enriched");
  delete node.columns.order_total;
  manifest.nodes["model.upstream.int_orders_daily"] = {
    ...node,
    unique_id: "model.upstream.int_orders_daily",
    name: "int_orders_daily",
    alias: "int_orders_daily",
    fqn: ["upstream", "int_orders_daily"],
  };
  return manifest;
}

async function readChanges(
  query = "",
): Promise<{ status: number; body: { changes: ChangeItem[]; total: number } }> {
  const response = await getChanges(
    new Request(`http://catalog.test/api/v1/changes${query}`),
  );
  return {
    status: response.status,
    body: (await response.json()) as { changes: ChangeItem[]; total: number },
  };
}

describe("the change feed", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingest({
      manifest: readFixture(
        "astronomer-cosmos/cross_project_upstream/manifest.json",
      ),
    });
    await ingest({
      manifest: readFixture(
        "astronomer-cosmos/cross_project_downstream/manifest.json",
      ),
    });
  });
  afterAll(closeDb);

  test("a project's first ingest records no change", async () => {
    expect((await readChanges()).body.total).toBe(0);
  });

  test("a bad re-ingest is refused and records nothing", async () => {
    const before = await countEveryTable();
    await expect(
      ingest(
        { manifest: { file: "manifest.json", bytes: Buffer.from("{broken") } },
        "upstream",
      ),
    ).rejects.toThrow();
    const { ingest_runs: _runs, ...rest } = await countEveryTable();
    const { ingest_runs: _before, ...expected } = before;
    expect(rest).toEqual(expected);
  });

  test("a re-ingest records its changes, the breaking one with the consumers it hits", async () => {
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", editedUpstream()),
    });
    expect(report.status).toBe("ingested");
    const { status, body } = await readChanges();
    expect(status).toBe(200);
    expect(
      body.changes.map(
        (c) =>
          `${c.category} ${c.kind} ${c.name}${c.column ? `.${c.column}` : ""}`,
      ),
    ).toEqual([
      "breaking column_removed int_orders_enriched.order_total",
      "added node_added int_orders_daily",
    ]);
    const [breaking] = body.changes;
    expect(breaking).toMatchObject({
      project: "upstream",
      summary: "column order_total removed from int_orders_enriched",
    });
    expect(breaking?.consumers.map((c) => `${c.project}.${c.name}`)).toEqual([
      "downstream.dim_payment_methods",
      "downstream.fct_revenue",
    ]);
  });

  test("filters by project and by breaking, and pages", async () => {
    expect(
      (await readChanges("?breaking=true")).body.changes.map((c) => c.kind),
    ).toEqual(["column_removed"]);
    expect(
      (await readChanges("?breaking=false")).body.changes.map((c) => c.kind),
    ).toEqual(["node_added"]);
    expect((await readChanges("?project=downstream")).body.total).toBe(0);
    const second = await readChanges("?project=upstream&limit=1&offset=1");
    expect(second.body).toMatchObject({
      total: 2,
      changes: [expect.objectContaining({ kind: "node_added" })],
    });
    expect((await readChanges("?project=nowhere")).status).toBe(404);
    expect((await readChanges("?breaking=maybe")).status).toBe(400);
  });

  test("the same artifacts again change nothing and record nothing", async () => {
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", editedUpstream()),
    });
    expect(report.status).toBe("unchanged");
    expect((await readChanges()).body.total).toBe(2);
  });

  test("Atom feeds of the mesh and of a project", async () => {
    const mesh = await getMeshAtom(
      new Request("http://catalog.test/changes.atom"),
    );
    expect(mesh.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await mesh.text();
    expect(xml).toContain("<title>Changes in the mesh</title>");
    expect(xml).toContain(
      "<title>Breaking: upstream: column order_total removed from int_orders_enriched</title>",
    );
    expect(xml).toContain(
      "hits downstream.dim_payment_methods (follows the latest)",
    );
    expect(xml).toMatch(
      /href="http:\/\/catalog\.test\/projects\/upstream\/changes#change-\d+"/,
    );
    const project = await getProjectAtom(
      new Request("http://catalog.test/projects/downstream/changes.atom"),
      {
        params: Promise.resolve({ project: "downstream" }),
      },
    );
    const empty = await project.text();
    expect(empty).toContain("<title>Changes in downstream</title>");
    expect(empty).not.toContain("<entry>");
    const missing = await getProjectAtom(
      new Request("http://catalog.test/projects/x/changes.atom"),
      {
        params: Promise.resolve({ project: "nowhere" }),
      },
    );
    expect(missing.status).toBe(404);
  });
});
