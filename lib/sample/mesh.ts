/**
 * The sample mesh: Larkspur's platform, finance and marketing projects,
 * and the crm and sales projects that break the mesh's governance rules,
 * built into the artifacts each project's CI leaves in target/.
 */
import type { SampleProject } from "./build/project";
import { buildProject } from "./build/project";
import type { MeshLookup, ProjectIndex } from "./build/resolve";
import { indexProject } from "./build/resolve";
import { FINANCE } from "./domains/finance";
import { MARKETING } from "./domains/marketing";
import { PLATFORM } from "./domains/platform";
import { CRM } from "./domains/crm";
import { SALES } from "./domains/sales";
import type { ProjectSpec } from "./spec";

/** The instant the sample is pinned to unless a caller passes its own `now`. */
export const DEFAULT_NOW = new Date("2026-11-01T06:00:00Z");

export const SAMPLE_SPECS: readonly ProjectSpec[] = [
  PLATFORM,
  FINANCE,
  MARKETING,
  CRM,
  SALES,
];

/** A lookup over a fixed set of specs, indexing each once. */
export function createMeshLookup(specs: readonly ProjectSpec[]): MeshLookup {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const indexes = new Map<string, ProjectIndex>();
  return {
    getSpec: (name) => byName.get(name),
    getIndex: (name) => {
      const spec = byName.get(name);
      if (!spec) return undefined;
      let index = indexes.get(name);
      if (!index) {
        index = indexProject(spec);
        indexes.set(name, index);
      }
      return index;
    },
  };
}

/**
 * Generates the realistic sample mesh. Deterministic: the same `now`
 * yields byte-identical artifacts, and every timestamp lies before `now`.
 */
export function generateSampleMesh(
  options: { now?: Date } = {},
): SampleProject[] {
  const now = (options.now ?? DEFAULT_NOW).getTime();
  const mesh = createMeshLookup(SAMPLE_SPECS);
  return SAMPLE_SPECS.map((spec) => buildProject(spec, mesh, now, 0));
}
