/**
 * Synthetic meshes for benchmarks: any number of projects of any size,
 * with realistic node sizes and cross-project refs in both directions.
 * Projects are generated one at a time, so a caller can write each
 * project's files before the next one exists.
 */
import type { SampleProject } from "./build/project";
import { buildProject } from "./build/project";
import type { MeshLookup, ProjectIndex } from "./build/resolve";
import { indexProject } from "./build/resolve";
import { DEFAULT_NOW } from "./mesh";
import { createRandom, seedFromText } from "./random";
import type { ProjectSpec } from "./spec";
import {
  LEVELS,
  PUBLIC_FROM_LEVEL,
  listSlots,
  nameProject,
} from "./synthetic/layout";
import type { CrossRef } from "./synthetic/project-spec";
import { buildSyntheticSpec } from "./synthetic/project-spec";
import { sizeModels } from "./synthetic/sizing";

export type SyntheticOptions = {
  projects: number;
  modelsPerProject: number;
  seed?: number;
  now?: Date;
  /** Two-argument refs each project makes to other projects' public models (default 3, 0 for one project). */
  crossProjectRefsPerProject?: number;
  /** Target average serialized size of a manifest node, in bytes (default 5000). */
  bytesPerNode?: number;
};

/** Picks each project's cross-project refs: from its top level down to public marts elsewhere. */
function planCrossRefs(
  index: number,
  options: Required<Omit<SyntheticOptions, "now">>,
): CrossRef[] {
  if (options.projects < 2) return [];
  const random = createRandom(
    seedFromText(`cross-refs-${index}`, options.seed),
  );
  const slots = listSlots(options.modelsPerProject);
  const consumers = slots.filter((slot) => slot.level === LEVELS - 1);
  const targets = slots.filter(
    (slot) => slot.access === "public" && slot.level === PUBLIC_FROM_LEVEL,
  );
  if (consumers.length === 0 || targets.length === 0) return [];
  return Array.from({ length: options.crossProjectRefsPerProject }, (_, i) => {
    let other = random.int(0, options.projects - 2);
    if (other >= index) other += 1;
    const consumer = consumers[i % consumers.length];
    const target = random.pick(targets);
    return {
      fromModel: consumer?.index ?? 0,
      target: { project: nameProject(other), name: target.name },
    };
  });
}

/**
 * Yields the projects of a synthetic mesh one by one. The same options
 * always yield the same artifacts; models form a DAG across the mesh.
 */
export function* generateSyntheticMesh(
  options: SyntheticOptions,
): Generator<SampleProject> {
  const resolved = {
    projects: options.projects,
    modelsPerProject: options.modelsPerProject,
    seed: options.seed ?? 1,
    crossProjectRefsPerProject:
      options.crossProjectRefsPerProject ?? (options.projects > 1 ? 3 : 0),
    bytesPerNode: options.bytesPerNode ?? 5_000,
  };
  const now = (options.now ?? DEFAULT_NOW).getTime();
  const sizing = sizeModels(resolved.bytesPerNode);
  const names = Array.from({ length: resolved.projects }, (_, index) =>
    nameProject(index),
  );
  const specOf = (index: number): ProjectSpec =>
    buildSyntheticSpec({
      index,
      modelCount: resolved.modelsPerProject,
      sizing,
      crossRefs: planCrossRefs(index, resolved),
      random: createRandom(seedFromText(names[index] ?? "", resolved.seed)),
    });
  // Indexes are small and reused by every consumer; specs are rebuilt on demand.
  const indexes = new Map<string, ProjectIndex>();
  const mesh: MeshLookup = {
    getSpec: (name) => {
      const index = names.indexOf(name);
      return index < 0 ? undefined : specOf(index);
    },
    getIndex: (name) => {
      const cached = indexes.get(name);
      if (cached) return cached;
      const spec = mesh.getSpec(name);
      if (!spec) return undefined;
      const index = indexProject(spec);
      indexes.set(name, index);
      return index;
    },
  };
  for (let index = 0; index < resolved.projects; index++) {
    yield buildProject(specOf(index), mesh, now, resolved.seed);
  }
}
