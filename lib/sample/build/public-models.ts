/**
 * What a consumer learns about a producer from its manifest: the public
 * models dbt-loom injects, with their parents.
 */
import type { ProjectSpec } from "../spec";
import { DAY, formatMidnightOffset } from "../time";
import type { Instant } from "../time";
import type { InjectedModel } from "./injected-node";
import { parseSql } from "./jinja";
import type { MeshLookup } from "./resolve";
import {
  createResolver,
  externalEntry,
  indexProject,
  pickEntry,
} from "./resolve";

export function listPublicModels(
  spec: ProjectSpec,
  mesh: MeshLookup,
  now: Instant,
): InjectedModel[] {
  const index = mesh.getIndex(spec.name) ?? indexProject(spec);
  const resolver = createResolver(spec, index, mesh);
  return (
    spec.models
      // dbt-loom injected what was public when the consumer built.
      .filter((model) => model.access === "public" || model.wasPublic === true)
      .map((model) => {
        const entry = pickEntry(index, {
          name: model.name,
          version: model.version,
        });
        if (!entry)
          throw new Error(`${spec.name}: ${model.name} missing from its index`);
        const parents = parseSql(model.sql, spec.name).refs.map(
          (target) => resolver.ref(target).uniqueId,
        );
        return {
          entry,
          deprecationDate:
            model.deprecationInDays === undefined
              ? null
              : formatMidnightOffset(now + model.deprecationInDays * DAY),
          dependsOn: [...new Set(parents)],
        };
      })
  );
}

/** Every node dbt-loom injects into `spec`'s manifest, producer by producer. */
export function listInjectedModels(
  spec: ProjectSpec,
  mesh: MeshLookup,
  now: Instant,
): InjectedModel[] {
  // Only the producer's own package: other packages its manifest carries
  // (its own upstreams) are read from their own manifests.
  const fromMesh = (spec.loom?.upstream ?? []).flatMap((upstream) => {
    const producer = mesh.getSpec(upstream.project);
    return producer ? listPublicModels(producer, mesh, now) : [];
  });
  const fromOutside = (spec.loom?.external ?? []).flatMap((manifest) =>
    manifest.models.map((model) => ({
      entry: externalEntry(model),
      deprecationDate: null,
      dependsOn: [],
    })),
  );
  return [...fromMesh, ...fromOutside];
}
