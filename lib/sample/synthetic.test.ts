import { describe, expect, test } from "vitest";
import { toDbtJson } from "./serialize";
import { generateSyntheticMesh } from "./synthetic";
import {
  findCycle,
  injectedNodesOf,
  listModelEdges,
  listProjectDependencies,
  ownNodesOf,
} from "./testing/mesh-checks";

const MESH = [
  ...generateSyntheticMesh({
    projects: 6,
    modelsPerProject: 40,
    crossProjectRefsPerProject: 4,
    seed: 7,
  }),
];

function bytesPerOwnNode(bytesPerNode: number): number {
  const [project] = generateSyntheticMesh({
    projects: 1,
    modelsPerProject: 150,
    bytesPerNode,
  });
  if (!project) throw new Error("no project");
  return toDbtJson(project.files.manifest).length / ownNodesOf(project).length;
}

describe("generateSyntheticMesh", () => {
  test("yields the requested projects, each with the requested models", () => {
    expect(MESH).toHaveLength(6);
    expect(new Set(MESH.map((p) => p.name)).size).toBe(6);
    for (const project of MESH) {
      expect(
        ownNodesOf(project).filter((n) => n.resource_type === "model"),
      ).toHaveLength(40);
    }
  });

  test("gives every project its cross-project refs, to injected public models", () => {
    for (const project of MESH) {
      const refs = ownNodesOf(project).flatMap((n) =>
        (n.refs ?? []).filter((r) => r.package && r.package !== project.name),
      );
      expect(refs).toHaveLength(4);
      const injected = new Set(
        injectedNodesOf(project).map(
          (n) => `${n.package_name}.${n.unique_id.split(".")[2]}`,
        ),
      );
      for (const ref of refs)
        expect(injected).toContain(`${ref.package}.${ref.name}`);
      expect(project.loomConfig).toContain("manifests:");
    }
  });

  test("keeps models a DAG while some projects depend on each other both ways", () => {
    expect(findCycle(listModelEdges(MESH))).toBeNull();
    const pairs = listProjectDependencies(MESH);
    const mutual = [...pairs].filter((pair) =>
      pairs.has(pair.split("→").reverse().join("→")),
    );
    expect(mutual.length).toBeGreaterThan(0);
  });

  test("has tests that fail or warn somewhere at scale", () => {
    const [project] = generateSyntheticMesh({
      projects: 1,
      modelsPerProject: 600,
      bytesPerNode: 3_500,
    });
    const statuses = new Set(
      (project?.files.runResults.results as { status: string }[]).map(
        (r) => r.status,
      ),
    );
    expect(statuses).toContain("pass");
    expect([...statuses].some((s) => s === "fail" || s === "warn")).toBe(true);
  });

  test("a single project has no cross-project refs by default", () => {
    const [project] = generateSyntheticMesh({
      projects: 1,
      modelsPerProject: 30,
    });
    expect(project && injectedNodesOf(project)).toEqual([]);
    expect(project?.loomConfig).toBeUndefined();
  });

  test.each([3_500, 5_000, 9_000])(
    "averages about %i bytes per manifest node",
    (target) => {
      const actual = bytesPerOwnNode(target);
      expect(actual).toBeGreaterThan(target * 0.85);
      expect(actual).toBeLessThan(target * 1.15);
    },
  );

  test("is deterministic per seed", () => {
    const run = (seed: number) =>
      [
        ...generateSyntheticMesh({ projects: 2, modelsPerProject: 20, seed }),
      ].map((p) => toDbtJson(p));
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  test("generates lazily, one project at a time", () => {
    const projects = generateSyntheticMesh({
      projects: 100_000,
      modelsPerProject: 12,
    });
    const first = projects.next();
    expect(first.done).toBe(false);
    const project: unknown = first.value;
    expect(project).toMatchObject({ name: "logistics" });
  });
});
