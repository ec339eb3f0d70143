import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
  type TreeFile,
} from "@/tests/temp-tree";
import {
  discoverProjects,
  DiscoveryError,
  type DiscoveredProject,
} from "./discover";

const UPSTREAM_MANIFEST = { fixture: `${UPSTREAM_DIR}/manifest.json` };
const UPSTREAM_SEMANTIC = { fixture: `${UPSTREAM_DIR}/semantic_manifest.json` };
const DOWNSTREAM_MANIFEST = { fixture: `${DOWNSTREAM_DIR}/manifest.json` };
const CATALOG = {
  fixture: "dbt-multi-project/marketplace_others/catalog.json",
};
const RUN_RESULTS = {
  fixture: "dbt-multi-project/marketplace_others/run_results.json",
};

/** Each project as where it was found and the labels of its artifacts, by kind. */
function summarize(projects: DiscoveredProject[]) {
  return projects.map((p) => ({
    location: p.location,
    files: Object.fromEntries(
      Object.entries(p.files).map(([kind, f]) => [kind, f.label]),
    ),
  }));
}

afterEach(removeTrees);

describe("discoverProjects", () => {
  test("a manifest file brings the artifacts beside it, under any name", async () => {
    const root = await buildTree({
      "prod/prod-manifest.json": UPSTREAM_MANIFEST,
      "prod/catalog.json": CATALOG,
      "prod/run_results.json.gz": { ...RUN_RESULTS, isGzipped: true },
      "prod/semantic_manifest.json": UPSTREAM_SEMANTIC,
      "prod/notes.txt": "not an artifact",
    });
    const found = await discoverProjects(["prod/prod-manifest.json"], root);
    expect(summarize(found.projects)).toEqual([
      {
        location: "prod/prod-manifest.json",
        files: {
          manifest: "prod/prod-manifest.json",
          catalog: "prod/catalog.json",
          run_results: "prod/run_results.json.gz",
          semantic_manifest: "prod/semantic_manifest.json",
        },
      },
    ]);
    expect(found.projects[0]?.files.manifest?.path).toBe(
      path.join(root, "prod/prod-manifest.json"),
    );
  });

  test("a gzipped manifest file", async () => {
    const root = await buildTree({
      "t/manifest.json.gz": { ...UPSTREAM_MANIFEST, isGzipped: true },
    });
    const found = await discoverProjects(
      [path.join(root, "t/manifest.json.gz")],
      "/",
    );
    expect(summarize(found.projects)).toEqual([
      {
        location: path.join(root, "t/manifest.json.gz"),
        files: { manifest: path.join(root, "t/manifest.json.gz") },
      },
    ]);
  });

  test("a target/ folder", async () => {
    const root = await buildTree({
      "shop/target/manifest.json": UPSTREAM_MANIFEST,
      "shop/target/catalog.json.gz": { ...CATALOG, isGzipped: true },
    });
    const found = await discoverProjects(["shop/target"], root);
    expect(summarize(found.projects)).toEqual([
      {
        location: "shop/target",
        files: {
          manifest: "shop/target/manifest.json",
          catalog: "shop/target/catalog.json.gz",
        },
      },
    ]);
  });

  test.each<{ form: string; extra: Record<string, TreeFile> }>([
    {
      form: "with dbt_project.yml",
      extra: { "shop/dbt_project.yml": "name: shop\n" },
    },
    { form: "with only target/", extra: {} },
  ])("a dbt project folder $form reads its target/", async ({ extra }) => {
    const root = await buildTree({
      ...extra,
      "shop/target/manifest.json": UPSTREAM_MANIFEST,
    });
    const found = await discoverProjects(["shop"], root);
    expect(summarize(found.projects)).toEqual([
      {
        location: "shop/target",
        files: { manifest: "shop/target/manifest.json" },
      },
    ]);
  });

  test("a folder of projects: each project below it, skipping packages and hidden folders, not below a project", async () => {
    const root = await buildTree({
      "mesh/README.md": "# our mesh",
      "mesh/domains/upstream/dbt_project.yml": "name: upstream\n",
      "mesh/domains/upstream/target/manifest.json": UPSTREAM_MANIFEST,
      "mesh/domains/upstream/dbt_packages/some_pkg/dbt_project.yml":
        "name: some_pkg\n",
      "mesh/domains/upstream/integration_tests/target/manifest.json":
        DOWNSTREAM_MANIFEST,
      "mesh/downstream/dbt_project.yml": "name: downstream\n",
      "mesh/downstream/target/manifest.json.gz": {
        ...DOWNSTREAM_MANIFEST,
        isGzipped: true,
      },
      "mesh/artifacts-only/manifest.json": UPSTREAM_MANIFEST,
      "mesh/node_modules/pkg/target/manifest.json": UPSTREAM_MANIFEST,
      "mesh/dbt_packages/pkg/target/manifest.json": UPSTREAM_MANIFEST,
      "mesh/dbt_modules/pkg/target/manifest.json": UPSTREAM_MANIFEST,
      "mesh/.cache/target/manifest.json": UPSTREAM_MANIFEST,
      "mesh/unbuilt/dbt_project.yml": "name: unbuilt\n",
    });
    const found = await discoverProjects(["mesh"], root);
    expect(found.projects.map((p) => p.location)).toEqual([
      "mesh/artifacts-only",
      "mesh/domains/upstream/target",
      "mesh/downstream/target",
    ]);
    expect(found.notes).toEqual([
      "skipped mesh/unbuilt: it is a dbt project without target/manifest.json: run dbt (parse, build or docs generate) first",
    ]);
  });

  test("the same manifest named twice is read once", async () => {
    const root = await buildTree({
      "shop/target/manifest.json": UPSTREAM_MANIFEST,
    });
    const found = await discoverProjects(
      ["shop", "shop/target/manifest.json"],
      root,
    );
    expect(found.projects.map((p) => p.location)).toEqual(["shop/target"]);
    expect(found.notes).toEqual([
      "shop/target/manifest.json is the same manifest as shop/target; read once",
    ]);
  });

  test.each<{
    problem: string;
    files: Record<string, TreeFile>;
    path: string;
    message: string;
  }>([
    {
      problem: "a path that does not exist",
      files: {},
      path: "nowhere",
      message: "nowhere: no such file or directory",
    },
    {
      problem: "a folder with no artifacts below it",
      files: {
        "empty/README.md": "nothing here",
        "empty/node_modules/x/manifest.json": "{}",
      },
      path: "empty",
      message:
        "empty: no dbt artifacts found (looked for manifest.json or manifest.json.gz, target/manifest.json, and dbt projects in subfolders)",
    },
    {
      problem: "a dbt project that was never built",
      files: {
        "shop/dbt_project.yml": "name: shop\n",
        "shop/models/a.sql": "select 1",
      },
      path: "shop",
      message:
        "shop is a dbt project without target/manifest.json: run dbt (parse, build or docs generate) first",
    },
    {
      problem: "a folder of unbuilt projects",
      files: { "mesh/a/dbt_project.yml": "name: a\n" },
      path: "mesh",
      message:
        "mesh: no dbt artifacts found (looked for manifest.json or manifest.json.gz, target/manifest.json, and dbt projects in subfolders); skipped mesh/a: it is a dbt project without target/manifest.json: run dbt (parse, build or docs generate) first",
    },
  ])(
    "$problem is an error naming the path",
    async ({ files, path: given, message }) => {
      const root = await buildTree(files);
      const error = await discoverProjects([given], root).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DiscoveryError);
      expect((error as Error).message).toBe(message);
    },
  );
});
