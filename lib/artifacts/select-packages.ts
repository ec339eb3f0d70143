import { isObject } from "./detect";
import type { JsonObject } from "./types";

/** dbt-loom's `excluded_packages` / `included_packages` of one upstream manifest. */
export type PackageFilter = {
  mode: "exclude" | "include";
  packages: string[];
};

export type SelectedManifest = {
  manifest: JsonObject;
  /** Resources left out, by package. */
  dropped: Record<string, number>;
  /** Resources of a left-out package kept because a kept resource depends on them. */
  keptForDependencies: string[];
};

/** Manifest sections whose entries are resources with a `package_name`. */
const RESOURCE_SECTIONS = [
  "nodes",
  "sources",
  "exposures",
  "metrics",
  "semantic_models",
  "saved_queries",
  "unit_tests",
  "functions",
] as const;

/**
 * Leaves out the resources of the packages a dbt-loom entry excludes (or does
 * not include), returning a new manifest; the given one is never changed. The
 * manifest's own project is never left out, and neither is a resource that a
 * kept resource depends on: dropping it would turn that dependency into a ref
 * to a project that does not exist.
 */
export function selectPackages(
  manifest: JsonObject,
  filter: PackageFilter,
  ownProject: string | null,
): SelectedManifest {
  const listed = new Set(filter.packages);
  const isLeftOut = (pkg: unknown): boolean =>
    typeof pkg === "string" &&
    pkg !== ownProject &&
    (filter.mode === "exclude" ? listed.has(pkg) : !listed.has(pkg));
  const resources = collectResources(manifest);
  const kept = new Set<string>();
  for (const [id, resource] of resources)
    if (!isLeftOut(resource.package_name)) kept.add(id);
  const keptForDependencies = keepDependencies(resources, kept);
  const dropped: Record<string, number> = {};
  for (const [id, resource] of resources) {
    if (kept.has(id)) continue;
    const pkg = String(resource.package_name);
    dropped[pkg] = (dropped[pkg] ?? 0) + 1;
  }
  const selected: JsonObject = { ...manifest };
  for (const section of RESOURCE_SECTIONS) {
    const entries = manifest[section];
    if (isObject(entries))
      selected[section] = Object.fromEntries(
        Object.entries(entries).filter(
          ([id]) => kept.has(id) || !resources.has(id),
        ),
      );
  }
  for (const map of ["parent_map", "child_map"] as const) {
    const entries = manifest[map];
    if (isObject(entries))
      selected[map] = filterGraphMap(
        entries,
        (id) => kept.has(id) || !resources.has(id),
      );
  }
  return { manifest: selected, dropped, keptForDependencies };
}

function collectResources(manifest: JsonObject): Map<string, JsonObject> {
  const resources = new Map<string, JsonObject>();
  for (const section of RESOURCE_SECTIONS) {
    const entries = manifest[section];
    if (!isObject(entries)) continue;
    for (const [id, resource] of Object.entries(entries))
      if (isObject(resource)) resources.set(id, resource);
  }
  return resources;
}

/** Adds to `kept` every left-out resource a kept one depends on, transitively; returns those added. */
function keepDependencies(
  resources: Map<string, JsonObject>,
  kept: Set<string>,
): string[] {
  const added: string[] = [];
  const pending = [...kept];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const parent of dependenciesOf(resources.get(id))) {
      if (kept.has(parent) || !resources.has(parent)) continue;
      kept.add(parent);
      added.push(parent);
      pending.push(parent);
    }
  }
  return added.sort();
}

function dependenciesOf(resource: JsonObject | undefined): string[] {
  const dependsOn = resource?.depends_on;
  if (!isObject(dependsOn) || !Array.isArray(dependsOn.nodes)) return [];
  return dependsOn.nodes.filter((id): id is string => typeof id === "string");
}

function filterGraphMap(
  map: Record<string, unknown>,
  isKept: (id: string) => boolean,
): JsonObject {
  const filtered: JsonObject = {};
  for (const [id, neighbours] of Object.entries(map)) {
    if (!isKept(id)) continue;
    filtered[id] = Array.isArray(neighbours)
      ? neighbours.filter((n) => typeof n !== "string" || isKept(n))
      : neighbours;
  }
  return filtered;
}
