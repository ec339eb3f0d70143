import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import type { SampleProject } from "./build/project";
import { DEFAULT_NOW, generateSampleMesh } from "./mesh";
import { toDbtJson } from "./serialize";
import {
  findCycle,
  injectedNodesOf,
  listModelEdges,
  listProjectDependencies,
  nodesOf,
  ownNodesOf,
} from "./testing/mesh-checks";

const MESH = generateSampleMesh();
const PROJECT_NAMES = MESH.map((project) => project.name);
/**
 * The well-run projects. crm and sales break the mesh's governance rules on
 * purpose (a model cycle between them, a ref to a model crm narrowed since),
 * so that every governance check has something to flag.
 */
const CORE_NAMES = ["platform", "finance", "marketing"];
const CORE_MESH = MESH.filter((project) => CORE_NAMES.includes(project.name));

function projectNamed(name: string): SampleProject {
  const project = MESH.find((p) => p.name === name);
  if (!project) throw new Error(`no project ${name}`);
  return project;
}

type Result = { unique_id: string; status: string; failures: number | null };
const resultsOf = (project: SampleProject) =>
  project.files.runResults.results as Result[];

/** Every ISO timestamp in a value, with the key it sits under. */
function collectTimestamps(
  value: unknown,
  key = "",
): { key: string; at: string }[] {
  if (typeof value === "string")
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)
      ? [{ key, at: value }]
      : [];
  if (Array.isArray(value))
    return value.flatMap((item) => collectTimestamps(item, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => collectTimestamps(v, k));
  }
  return [];
}

describe("generateSampleMesh", () => {
  test("has the platform, finance and marketing projects, and crm and sales", () => {
    expect(PROJECT_NAMES).toEqual([...CORE_NAMES, "crm", "sales"]);
  });

  test("is deterministic: two runs give byte-identical files", () => {
    const again = generateSampleMesh();
    expect(again.map((p) => toDbtJson(p))).toEqual(
      MESH.map((p) => toDbtJson(p)),
    );
  });

  test("derives every timestamp from now, and none lies after it", () => {
    const later = new Date(DEFAULT_NOW.getTime() + 86_400_000);
    const shifted = generateSampleMesh({ now: later });
    for (const [index, project] of MESH.entries()) {
      const stamps = collectTimestamps(project.files).filter(
        (s) => s.key !== "deprecation_date",
      );
      const moved = collectTimestamps(shifted[index]?.files).filter(
        (s) => s.key !== "deprecation_date",
      );
      expect(stamps.length).toBeGreaterThan(10);
      for (const [i, stamp] of stamps.entries()) {
        expect(Date.parse(stamp.at)).toBeLessThanOrEqual(DEFAULT_NOW.getTime());
        expect(Date.parse(moved[i]?.at ?? "") - Date.parse(stamp.at)).toBe(
          86_400_000,
        );
      }
    }
  });

  test("has public, protected and private models, groups with owners and team meta", () => {
    for (const project of CORE_MESH) {
      const models = ownNodesOf(project).filter(
        (n) => n.resource_type === "model",
      );
      expect(new Set(models.map((m) => m.access))).toEqual(
        new Set(["public", "protected", "private"]),
      );
      const groups = project.files.manifest.groups as Record<
        string,
        { name: string; owner: { email: string | null } }
      >;
      for (const model of models) {
        expect(Object.values(groups).map((g) => g.name)).toContain(model.group);
      }
      expect(
        Object.values(groups).every((g) => g.owner.email?.includes("@")),
      ).toBe(true);
    }
  });
});

describe("cross-project refs", () => {
  test("inject upstream public models dbt-loom style, matching the producer's nodes", () => {
    for (const consumer of MESH) {
      for (const injected of injectedNodesOf(consumer)) {
        expect(injected.path).toBe("");
        expect(injected.original_file_path).toBe("");
        expect(injected.access).toBe("public");
        if (!PROJECT_NAMES.includes(injected.package_name)) continue;
        const producer = projectNamed(injected.package_name);
        const original = ownNodesOf(producer).find(
          (n) => n.unique_id === injected.unique_id,
        );
        // crm made crm_leads protected after sales last built against it.
        expect(original?.access).toBe(
          injected.unique_id === "model.crm.crm_leads" ? "protected" : "public",
        );
        expect(original?.relation_name).toBe(injected.relation_name);
        // dbt-loom stringifies versions; the producer writes numbers.
        expect(injected.version).toBe(
          original?.version === null ? null : String(original?.version),
        );
      }
    }
  });

  test("every two-argument ref resolves to an injected node; only data_science is outside the mesh", () => {
    const outside = new Set<string>();
    for (const consumer of MESH) {
      const ids = new Set(nodesOf(consumer).map((n) => n.unique_id));
      for (const node of ownNodesOf(consumer)) {
        for (const ref of node.refs ?? []) {
          if (!ref.package || ref.package === consumer.name) continue;
          const target = (node.depends_on.nodes ?? []).find((id) =>
            id.startsWith(`model.${ref.package}.${ref.name}`),
          );
          expect(target && ids.has(target)).toBe(true);
          if (!PROJECT_NAMES.includes(ref.package)) outside.add(target ?? "");
          else
            expect(
              ownNodesOf(projectNamed(ref.package)).some(
                (n) => n.unique_id === target,
              ),
            ).toBe(true);
        }
      }
    }
    expect([...outside]).toEqual(["model.data_science.customer_churn_scores"]);
  });

  test("projects depend on each other both ways, and marketing on both", () => {
    const pairs = listProjectDependencies(MESH);
    expect(pairs).toContain("platform→finance");
    expect(pairs).toContain("finance→platform");
    expect(pairs).toContain("marketing→platform");
    expect(pairs).toContain("marketing→finance");
  });

  test("models of the well-run projects form a DAG across them", () => {
    expect(findCycle(listModelEdges(CORE_MESH))).toBeNull();
  });

  test("crm and sales depend on each other model for model: the cycle governance flags", () => {
    expect(findCycle(listModelEdges(MESH))).not.toBeNull();
  });

  test("a consumer still pins the deprecated version of a versioned model", () => {
    const platform = ownNodesOf(projectNamed("platform"));
    const v1 = platform.find(
      (n) => n.unique_id === "model.platform.dim_customers.v1",
    );
    const v2 = platform.find(
      (n) => n.unique_id === "model.platform.dim_customers.v2",
    );
    expect(v1?.latest_version).toBe(2);
    expect(v1?.deprecation_date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+00:00$/);
    expect(v2?.deprecation_date).toBeNull();
    const revenue = ownNodesOf(projectNamed("finance")).find(
      (n) => n.unique_id === "model.finance.fct_revenue",
    );
    expect(revenue?.refs).toContainEqual({
      name: "dim_customers",
      package: "platform",
      version: 1,
    });
    expect(revenue?.depends_on.nodes).toContain(
      "model.platform.dim_customers.v1",
    );
  });

  test("each consumer's dbt_loom.config.yml lists the producers it injected, by relative path", () => {
    for (const consumer of MESH) {
      const config = parse(consumer.loomConfig ?? "") as {
        manifests: {
          name: string;
          type: string;
          config: { path: string };
          optional?: boolean;
          excluded_packages?: string[];
        }[];
      };
      const packages = new Set(
        injectedNodesOf(consumer).map((n) => n.package_name),
      );
      expect(new Set(config.manifests.map((m) => m.name))).toEqual(packages);
      for (const manifest of config.manifests.filter((m) =>
        PROJECT_NAMES.includes(m.name),
      )) {
        expect(manifest).toMatchObject({
          type: "file",
          config: { path: `../${manifest.name}/target/manifest.json` },
        });
      }
    }
    const entries = MESH.flatMap(
      (p) => (parse(p.loomConfig ?? "") as { manifests: object[] }).manifests,
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ name: "data_science", optional: true }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ excluded_packages: ["finance"] }),
    );
  });
});

describe("run results and freshness", () => {
  test("every result belongs to a node or unit test of the manifest", () => {
    for (const project of MESH) {
      const ids = new Set([
        ...Object.keys(project.files.manifest.nodes as object),
        ...Object.keys(project.files.manifest.unit_tests as object),
      ]);
      expect(resultsOf(project).filter((r) => !ids.has(r.unique_id))).toEqual(
        [],
      );
    }
  });

  test("include failing and warning tests, a model error and its skipped children", () => {
    const results = MESH.flatMap(resultsOf);
    expect(
      results
        .filter((r) => r.status === "fail")
        .every((r) => (r.failures ?? 0) > 0),
    ).toBe(true);
    const statuses = new Set(
      results.map((r) => `${r.unique_id.split(".")[0]}:${r.status}`),
    );
    for (const expected of [
      "test:fail",
      "test:warn",
      "test:pass",
      "unit_test:pass",
      "model:error",
      "model:skipped",
      "test:skipped",
      "seed:success",
      "snapshot:success",
    ]) {
      expect(statuses).toContain(expected);
    }
  });

  test("source freshness passes, warns, errors and fails to run", () => {
    const statuses = MESH.flatMap(
      (p) =>
        (p.files.sources?.results as { status: string }[] | undefined) ?? [],
    ).map((r) => r.status);
    expect(new Set(statuses)).toEqual(
      new Set(["pass", "warn", "error", "runtime error"]),
    );
  });
});

describe("documentation", () => {
  test("doc blocks arrive rendered, and the blocks they name exist", () => {
    for (const project of MESH) {
      const docs = project.files.manifest.docs as Record<
        string,
        { block_contents: string }
      >;
      const documented = ownNodesOf(project).flatMap((n) => [
        n,
        ...Object.values(n.columns ?? {}),
      ]);
      const used = documented.flatMap((item) => item.doc_blocks ?? []);
      for (const id of used) expect(docs[id]).toBeDefined();
      expect(
        documented.some((item) => (item.description ?? "").includes("{{")),
      ).toBe(false);
    }
    expect(
      MESH.flatMap((p) => ownNodesOf(p).flatMap((n) => n.doc_blocks ?? []))
        .length,
    ).toBeGreaterThan(0);
  });

  test("the catalog shows documentation gaps: undeclared and undescribed columns", () => {
    for (const project of CORE_MESH) {
      const catalog = project.files.catalog.nodes as Record<
        string,
        { columns: Record<string, unknown> }
      >;
      const manifestNodes = project.files.manifest.nodes as Record<
        string,
        { columns: Record<string, { description: string }> }
      >;
      const gaps = Object.entries(catalog).flatMap(([id, table]) =>
        Object.keys(table.columns).filter(
          (name) => !(name.toLowerCase() in (manifestNodes[id]?.columns ?? {})),
        ),
      );
      expect(gaps.length).toBeGreaterThan(0);
      const sourceTables = Object.values(
        project.files.catalog.sources as Record<
          string,
          { columns: Record<string, unknown> }
        >,
      );
      expect(
        sourceTables.some(
          (t) =>
            "_FIVETRAN_SYNCED" in t.columns ||
            "_AIRBYTE_EXTRACTED_AT" in t.columns ||
            "RECEIVED_AT" in t.columns,
        ),
      ).toBe(true);
    }
    const undescribed = MESH.flatMap((p) =>
      ownNodesOf(p).flatMap((n) => Object.values(n.columns ?? {})),
    ).filter((c) => c.description === "");
    expect(undescribed.length).toBeGreaterThan(0);
  });

  test("the semantic manifest matches the manifest's semantic models and metrics", () => {
    for (const project of MESH) {
      const { manifest, semanticManifest } = project.files;
      const names = (section: unknown) =>
        (section as { name: string }[]).map((item) => item.name).sort();
      expect(names(semanticManifest.semantic_models)).toEqual(
        names(Object.values(manifest.semantic_models as object)),
      );
      expect(names(semanticManifest.metrics)).toEqual(
        names(Object.values(manifest.metrics as object)),
      );
    }
  });
});
