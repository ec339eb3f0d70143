import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST } from "@/app/api/v1/projects/[project]/diff/route";
import { GET as getConsumers } from "@/app/api/v1/projects/[project]/consumers/route";
import { closeDb } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import type { Change } from "@/lib/governance/diff-project";
import { multipart } from "@/tests/api";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES, readFixture } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { countEveryTable } from "@/tests/row-counts";
import { serveRouteHandlers, startServer } from "@/tests/http-server";
import { runNpmScript } from "@/tests/run-npm";
import os from "node:os";

const UPSTREAM = path.join(
  REAL_FIXTURES,
  "astronomer-cosmos/cross_project_upstream/manifest.json",
);

/** The upstream manifest of the real dbt-loom pair with `order_total` gone from int_orders_enriched. */
function editedUpstream(): string {
  const manifest = JSON.parse(fs.readFileSync(UPSTREAM, "utf8")) as {
    nodes: Record<string, { columns: Record<string, unknown> }>;
  };
  const node = manifest.nodes["model.upstream.int_orders_enriched"];
  if (!node) throw new Error("the fixture lost int_orders_enriched");
  delete node.columns.order_total;
  return JSON.stringify(manifest);
}

async function postDiff(
  project: string,
  body: BodyInit,
  options: {
    token?: string;
    headers?: Record<string, string>;
    query?: string;
  } = {},
): Promise<Response> {
  const request = new Request(
    `http://catalog.test/api/v1/projects/${project}/diff${options.query ? `?${options.query}` : ""}`,
    {
      method: "POST",
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body,
    },
  );
  return POST(request, { params: Promise.resolve({ project }) });
}

describe("POST /api/v1/projects/{project}/diff", () => {
  let token: string;
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
    token = (await createToken({ project: "upstream", label: "ci" })).secret;
  });
  afterAll(closeDb);

  test("answers the breaking change with every consumer it hits, and writes no row anywhere", async () => {
    const before = await countEveryTable();
    const response = await postDiff(
      "upstream",
      multipart({ manifest: editedUpstream() }),
      { token },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      project: string;
      isBreaking: boolean;
      changes: Change[];
      counts: Record<string, number>;
    };
    expect(body.isBreaking).toBe(true);
    expect(body.counts).toEqual({
      breaking: 1,
      added: 0,
      removed: 0,
      changed: 0,
    });
    const [change] = body.changes;
    expect(change).toMatchObject({
      kind: "column_removed",
      category: "breaking",
      uniqueId: "model.upstream.int_orders_enriched",
      column: "order_total",
    });
    expect(
      change?.consumers.map(
        (c) => `${c.project}.${c.name}@${c.pinnedVersion ?? "latest"}`,
      ),
    ).toEqual([
      "downstream.dim_payment_methods@latest",
      "downstream.fct_revenue@latest",
    ]);
    expect(await countEveryTable()).toEqual(before);
  });

  test("takes a gzipped bare body and answers Markdown for a pull-request comment", async () => {
    const before = await countEveryTable();
    const response = await postDiff("upstream", gzipSync(editedUpstream()), {
      token,
      headers: { "content-type": "application/gzip" },
      query: "format=markdown",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/markdown");
    const text = await response.text();
    expect(text).toContain("### ✗ 1 breaking change in `upstream`");
    expect(text).toContain(
      "downstream.dim_payment_methods (follows the latest)",
    );
    expect(await countEveryTable()).toEqual(before);
  });

  test("the stored manifest itself changes nothing", async () => {
    const response = await postDiff("upstream", fs.readFileSync(UPSTREAM), {
      token,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      isBreaking: false,
      changes: [],
    });
  });

  test.each([
    ["no token", "upstream", "{}", undefined, 401],
    ["a token of another project", "downstream", "{}", "upstream", 403],
    ["a manifest that is not JSON", "upstream", "{not json", "upstream", 422],
    ["a project never ingested", "elsewhere", "{}", "admin", 404],
  ])("refuses %s, writing nothing", async (_, project, body, who, status) => {
    const admin = (await createToken({ project: null })).secret;
    const before = await countEveryTable();
    const secret =
      who === "upstream" ? token : who === "admin" ? admin : undefined;
    const candidate =
      status === 404
        ? editedUpstream().replace(
            '"project_name": "upstream"',
            '"project_name": "elsewhere"',
          )
        : body;
    const response = await postDiff(project, candidate, { token: secret });
    expect(response.status).toBe(status);
    expect(await countEveryTable()).toEqual(before);
  });
});

describe("GET /api/v1/projects/{project}/consumers", () => {
  test("lists other projects' refs with the version each pins", async () => {
    const response = await getConsumers(new Request("http://catalog.test/"), {
      params: Promise.resolve({ project: "upstream" }),
    });
    const body = (await response.json()) as {
      consumers: { project: string; name: string; target: { name: string } }[];
    };
    expect(
      body.consumers.map((c) => `${c.project}.${c.name}→${c.target.name}`),
    ).toEqual([
      "downstream.dim_payment_methods→int_orders_enriched",
      "downstream.fct_customer_revenue→int_customer_orders",
      "downstream.fct_customer_revenue→stg_customers",
      "downstream.fct_revenue→int_orders_enriched",
      "downstream.fct_revenue→stg_order_items",
      "downstream.fct_revenue→stg_products",
    ]);
    const missing = await getConsumers(new Request("http://catalog.test/"), {
      params: Promise.resolve({ project: "nowhere" }),
    });
    expect(missing.status).toBe(404);
  });
});

describe("npm run diff --catalog-url", () => {
  test("adds the consumers the catalog knows, over its HTTP API", async () => {
    const consumersOf = (project: string) =>
      serveRouteHandlers({
        GET: (request) =>
          getConsumers(request, { params: Promise.resolve({ project }) }),
      });
    const server = await startServer({
      "/api/v1/projects/upstream/consumers": consumersOf("upstream"),
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diff-catalog-"));
    try {
      const edited = path.join(dir, "manifest.json");
      fs.writeFileSync(edited, editedUpstream());
      const { DATABASE_URL: _url, ...env } = process.env;
      const run = await runNpmScript(
        "diff",
        [UPSTREAM, edited, "--catalog-url", server.url],
        { cwd: dir, env },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        "✗ column order_total removed from int_orders_enriched\n" +
          "      hits downstream.dim_payment_methods (follows the latest)\n" +
          "      hits downstream.fct_revenue (follows the latest)\n",
      );
      const down = await runNpmScript(
        "diff",
        [UPSTREAM, edited, "--catalog-url", "http://127.0.0.1:9/"],
        { cwd: dir, env },
      );
      expect(down.code).toBe(2);
      expect(down.stderr).toContain(
        "error: http://127.0.0.1:9/api/v1/projects/upstream/consumers",
      );
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
