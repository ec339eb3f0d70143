import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getNodeRoute } from "@/app/api/v1/nodes/[uniqueId]/route";
import { GET as getProjectRoute } from "@/app/api/v1/projects/[project]/route";
import { GET as listProjectsRoute } from "@/app/api/v1/projects/route";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { runIngestCli } from "@/tests/cli";
import { ingest } from "@/tests/ingest";
import { buildTree } from "@/tests/temp-tree";

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("read API", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_downstream"));
    await ingest(readFixtureDir("dbt-multi-project/marketplace_others"));
    await ingest(readFixtureDir("dbt-multi-project/marketplace_sp"));
  });
  afterAll(closeDb);

  test("GET /api/v1/projects lists projects, dependencies and never-ingested producers", async () => {
    const response = await listProjectsRoute();
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      projects: { name: string }[];
      externalProjects: string[];
    };
    expect(body.projects.map((p) => p.name)).toEqual([
      "downstream",
      "marketplace_others",
      "marketplace_sp",
    ]);
    expect(body.externalProjects).toEqual(["upstream"]);
  });

  test.each([
    { project: "downstream", status: 200 },
    { project: "nowhere", status: 404 },
    { project: "not-a-name", status: 400 },
  ])("GET /api/v1/projects/$project → $status", async ({ project, status }) => {
    const response = await getProjectRoute(
      new Request("http://x"),
      params({ project }),
    );
    expect(response.status).toBe(status);
  });

  test("GET /api/v1/projects/{project} has counts and cross-project dependencies", async () => {
    const response = await getProjectRoute(
      new Request("http://x"),
      params({ project: "downstream" }),
    );
    const body = (await response.json()) as {
      counts: Record<string, number>;
      upstream: unknown[];
    };
    expect(body.counts).toEqual({ model: 4, test: 4 });
    expect(body.upstream).toEqual([
      {
        consumer: "downstream",
        producer: "upstream",
        refs: 6,
        unresolved: 6,
        isProducerIngested: false,
      },
    ]);
  });

  test("GET /api/v1/nodes/{unique_id} gives parents with a resolved flag, unresolved across projects", async () => {
    const response = await getNodeRoute(
      new Request("http://x"),
      params({ uniqueId: "model.downstream.dim_payment_methods" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      parents: { project: string; resolved: boolean; crossProject: boolean }[];
    };
    expect(body.parents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          project: "upstream",
          resolved: false,
          crossProject: true,
        }),
      ]),
    );
  });

  test("a package node installed in two projects needs ?project=", async () => {
    const id = "model.base.obt_payment_type_by_state";
    const ambiguous = await getNodeRoute(
      new Request("http://x"),
      params({ uniqueId: id }),
    );
    const holders = (await ambiguous.clone().json()) as {
      error: { projects?: string[] };
    };
    expect(ambiguous.status).toBe(409);
    expect(holders.error.projects).toEqual([
      "marketplace_others",
      "marketplace_sp",
    ]);
    const picked = await getNodeRoute(
      new Request(`http://x?project=marketplace_sp`),
      params({ uniqueId: id }),
    );
    expect(picked.status).toBe(200);
  });

  test("an unknown node is a 404", async () => {
    const response = await getNodeRoute(
      new Request("http://x"),
      params({ uniqueId: "model.x.y" }),
    );
    expect(response.status).toBe(404);
  });

  test("a project's recent ingests show what failed without the ingesting machine's paths", async () => {
    const root = await buildTree({
      "acme/target/manifest.json":
        '{"metadata": {"project_name": "downstream"}, "nodes": {,}',
    });
    const cli = await runIngestCli(
      [path.join(root, "acme/target"), "--project", "downstream"],
      {
        cwd: root,
      },
    );
    expect(cli.code).toBe(1);
    const response = await getProjectRoute(
      new Request("http://x"),
      params({ project: "downstream" }),
    );
    const body = (await response.json()) as {
      recentIngests: { status: string; error: string | null }[];
    };
    const latest = body.recentIngests[0];
    expect(latest?.status).toBe("rejected");
    expect(latest?.error).toMatch(/^manifest\.json: is not valid JSON/);
    expect(latest?.error).not.toContain(root);
  });
});
