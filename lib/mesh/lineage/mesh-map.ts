/** A stored project as the mesh map draws it. */
export type MeshProjectInput = {
  name: string;
  models: number;
  publicModels: number;
};

/** Cross-project refs from one consumer project to one producer project. */
export type MeshDependencyInput = {
  consumer: string;
  producer: string;
  refs: number;
  unresolved: number;
};

export type MeshMapProject = {
  name: string;
  /** Null for a project that is referenced but was never ingested. */
  models: number | null;
  publicModels: number | null;
  isExternal: boolean;
  /** Projects it references, and projects that reference it. */
  producers: number;
  consumers: number;
};

export type MeshMapEdge = {
  producer: string;
  consumer: string;
  refs: number;
  unresolved: number;
  /** The producer also references the consumer: the two edges are drawn both. */
  isTwoWay: boolean;
};

export type MeshMap = { projects: MeshMapProject[]; edges: MeshMapEdge[] };

/**
 * The project-level graph of the mesh: one node per project (never-ingested
 * producers included, as external), one edge per producer → consumer pair,
 * labelled with its ref count. A dependency each way stays two edges, each
 * marked two-way; a project's refs to itself are not a dependency.
 */
export function buildMeshMap(
  projects: MeshProjectInput[],
  dependencies: MeshDependencyInput[],
): MeshMap {
  const edges = dependencies.filter((d) => d.consumer !== d.producer);
  const pairs = new Set(edges.map((d) => `${d.producer}\u0000${d.consumer}`));
  const known = new Map(projects.map((p) => [p.name, p]));
  const names = new Set([
    ...known.keys(),
    ...edges.flatMap((d) => [d.producer, d.consumer]),
  ]);
  const producers = countBy(edges, (d) => d.consumer);
  const consumers = countBy(edges, (d) => d.producer);
  return {
    projects: [...names].sort().map((name) => {
      const project = known.get(name);
      return {
        name,
        models: project?.models ?? null,
        publicModels: project?.publicModels ?? null,
        isExternal: project === undefined,
        producers: producers.get(name) ?? 0,
        consumers: consumers.get(name) ?? 0,
      };
    }),
    edges: edges
      .map((d) => ({
        producer: d.producer,
        consumer: d.consumer,
        refs: d.refs,
        unresolved: d.unresolved,
        isTwoWay: pairs.has(`${d.consumer}\u0000${d.producer}`),
      }))
      .sort(
        (a, b) =>
          a.producer.localeCompare(b.producer) ||
          a.consumer.localeCompare(b.consumer),
      ),
  };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
