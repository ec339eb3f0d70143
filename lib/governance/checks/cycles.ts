import { z } from "zod";
import { defineCheckKind } from "../check-kind";
import { findCyclicComponents, traceCycle } from "../strongly-connected";
import type { MeshFacts, NodeEdge } from "../types";

/** Projects that depend on each other, directly or through others: each cycle of the project graph. */
export function findProjectCycles(
  dependencies: MeshFacts["dependencies"],
): string[][] {
  return findCyclicComponents(
    dependencies.map((d) => [d.consumer, d.producer]),
  );
}

const MAX_SHOWN = 6;

function showPath(path: string[]): string {
  if (path.length <= MAX_SHOWN) return path.join(" → ");
  return `${path.slice(0, MAX_SHOWN - 1).join(" → ")} → … → ${path[path.length - 1] ?? ""}`;
}

export const PROJECT_CYCLE = defineCheckKind({
  id: "project-cycle",
  title: "Projects depending on each other",
  defaultSeverity: "warn",
  advice:
    "Two-way dependencies tie the projects' releases together: move the shared models into one of them, or into a project both depend on.",
  params: z.object({}),
  run: (facts) => {
    const edges = facts.dependencies.map(
      (d) => [d.consumer, d.producer] as const,
    );
    return findProjectCycles(facts.dependencies).flatMap((component) => {
      const members = new Set(component);
      return component.map((project) => ({
        project,
        uniqueId: null,
        message: `depends on itself through other projects: ${showPath(traceCycle(project, members, edges))}`,
      }));
    });
  },
});

const nodeKey = (node: NodeEdge["child"]) => `${node.project}:${node.uniqueId}`;

export const MODEL_CYCLE = defineCheckKind({
  id: "model-cycle",
  title: "Model-level cycle across projects",
  advice:
    "A model depends on itself through other projects' models: no build order exists. Break the cycle by moving one of the models to the other side.",
  params: z.object({}),
  run: (facts) => {
    // Children depend on parents: follow edges from child to parent.
    const edges = facts.cycleEdges.map(
      (e) => [nodeKey(e.child), nodeKey(e.parent)] as const,
    );
    return findCyclicComponents(edges).flatMap((component) => {
      const members = new Set(component);
      const byProject = new Map<string, string>();
      for (const key of component) {
        const project = key.slice(0, key.indexOf(":"));
        if (!byProject.has(project)) byProject.set(project, key);
      }
      return [...byProject].map(([project, key]) => ({
        project,
        uniqueId: key.slice(project.length + 1),
        message: `depends on itself across projects: ${showPath(traceCycle(key, members, edges))}`,
      }));
    });
  },
});
