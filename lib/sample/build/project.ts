/**
 * Builds all artifacts of one project along one timeline ending before
 * `now`: source freshness, then `dbt build` (manifest + run results),
 * then `dbt docs generate` (catalog).
 */
import { createRandom, seedFromText } from "../random";
import type { JsonObject } from "../serialize";
import { readText } from "./node-context";
import type { ProjectSpec } from "../spec";
import { MINUTE } from "../time";
import type { Instant } from "../time";
import { buildCatalog } from "./catalog";
import { createDocRenderer } from "./docs";
import { buildManifest } from "./manifest";
import { buildDbtProjectYml, buildLoomConfig } from "./project-files";
import type { MeshLookup } from "./resolve";
import { indexProject, modelUniqueId } from "./resolve";
import { planRun } from "./run-plan";
import { buildRunResults } from "./run-results";
import { buildSemanticManifest } from "./semantic-manifest";
import { buildSourcesJson } from "./source-freshness";

export type SampleProject = {
  name: string;
  files: {
    manifest: JsonObject;
    catalog: JsonObject;
    runResults: JsonObject;
    sources?: JsonObject;
    semanticManifest: JsonObject;
  };
  /** dbt_loom.config.yml text, for projects that read other projects' manifests. */
  loomConfig?: string;
  /** A minimal dbt_project.yml text. */
  dbtProjectYml: string;
};

export function buildProject(
  spec: ProjectSpec,
  mesh: MeshLookup,
  now: Instant,
  seed: number,
): SampleProject {
  const random = createRandom(seedFromText(spec.name, seed));
  const index = mesh.getIndex(spec.name) ?? indexProject(spec);
  const userId = random.uuid();
  const buildStartedAt =
    now - spec.buildStartedMinutesAgo * MINUTE + random.next() * 1000;
  const freshnessStartedAt =
    buildStartedAt - 4 * MINUTE - random.next() * 60_000;
  const sources = buildSourcesJson({
    spec,
    invocationId: random.uuid(),
    startedAt: freshnessStartedAt,
    random,
  });

  const invocation = { id: random.uuid(), startedAt: buildStartedAt, userId };
  const manifestAt = buildStartedAt + 8_000 + random.next() * 4_000;
  const { manifest, testOutcomes } = buildManifest(
    spec,
    index,
    mesh,
    invocation,
    manifestAt,
  );

  const nodes = manifest.nodes as Record<string, JsonObject>;
  const unitTests = manifest.unit_tests as Record<string, JsonObject>;
  const executable = [
    ...Object.values(nodes).filter((node) => node.package_name === spec.name),
    ...Object.values(unitTests),
  ];
  const errored = new Set(
    spec.models
      .filter((model) => model.buildError)
      .map((model) => modelUniqueId(spec.name, model)),
  );
  const plan = planRun(spec.name, executable, errored, manifestAt + 1_500);
  const runResults = buildRunResults({
    spec,
    nodesById: new Map(
      executable.map((node) => [readText(node, "unique_id"), node]),
    ),
    plan,
    outcomes: testOutcomes,
    invocationId: invocation.id,
    startedAt: buildStartedAt,
    random,
  });

  const runEndedAt = plan.reduce(
    (latest, p) => Math.max(latest, p.completedAt),
    manifestAt,
  );
  const builtAt = new Map(
    plan
      .filter((p) => !p.isSkipped && !errored.has(p.uniqueId))
      .map((p) => [p.uniqueId, p.completedAt]),
  );
  const catalogStartedAt = runEndedAt + 20_000 + random.next() * 10_000;
  const catalog = buildCatalog({
    spec,
    index,
    docs: createDocRenderer(spec.name, spec.docs),
    builtAt,
    invocationId: random.uuid(),
    startedAt: catalogStartedAt,
    generatedAt: catalogStartedAt + 15_000 + random.next() * 20_000,
    random,
  });
  const hasFreshness = (sources.results as unknown[]).length > 0;
  return {
    name: spec.name,
    files: {
      manifest,
      catalog,
      runResults,
      ...(hasFreshness ? { sources } : {}),
      semanticManifest: buildSemanticManifest(spec, index),
    },
    ...(spec.loom ? { loomConfig: buildLoomConfig(spec) } : {}),
    dbtProjectYml: buildDbtProjectYml(spec),
  };
}
