/**
 * Assembles one project's manifest.json (v12, as dbt 1.10 writes it after
 * `dbt build`), including the upstream nodes dbt-loom injected.
 */
import { md5 } from "../hash";
import type { JsonObject } from "../serialize";
import { readText } from "./node-context";
import type { ProjectSpec } from "../spec";
import { formatOffset, formatZulu } from "../time";
import type { Instant } from "../time";
import { createDocRenderer, buildDocsSection } from "./docs";
import { buildExposure, buildGroup } from "./exposure-group";
import type { TestOutcome } from "./generic-test";
import { buildInjectedNode } from "./injected-node";
import { compileSql } from "./jinja";
import { buildMacrosSection } from "./macros";
import { buildModelNode } from "./model-node";
import type { NodeContext } from "./node-context";
import { createParseClock } from "./node-context";
import { buildProjectTests } from "./project-tests";
import { listInjectedModels } from "./public-models";
import type { MeshLookup, ProjectIndex } from "./resolve";
import { createResolver } from "./resolve";
import { buildSeedNode, buildSnapshotNode } from "./seed-snapshot";
import { buildMetric } from "./metric-nodes";
import { buildSavedQuery, buildSemanticModel } from "./semantic-nodes";
import { buildSourceNode } from "./source-node";
import { buildUnitTest } from "./unit-test";
import { ADAPTER_TYPE, DBT_VERSION } from "./warehouse";

export type Invocation = { id: string; startedAt: Instant; userId: string };

export type ManifestBuild = {
  manifest: JsonObject;
  testOutcomes: TestOutcome[];
};

function keyed(nodes: JsonObject[]): JsonObject {
  const section: JsonObject = {};
  for (const node of nodes) section[readText(node, "unique_id")] = node;
  return section;
}

function createNodeContext(
  spec: ProjectSpec,
  index: ProjectIndex,
  mesh: MeshLookup,
  invocation: Invocation,
): NodeContext {
  const resolver = createResolver(spec, index, mesh);
  const docs = createDocRenderer(spec.name, spec.docs);
  const ephemeral = new Map<string, string>();
  const context: NodeContext = {
    spec,
    index,
    resolver,
    docs,
    now: invocation.startedAt,
    nextCreatedAt: createParseClock(invocation.startedAt),
    compileEphemeral: (uniqueId) => {
      const cached = ephemeral.get(uniqueId);
      if (cached !== undefined) return cached;
      const model = spec.models.find(
        (m) => `model.${spec.name}.${m.name}` === uniqueId,
      );
      if (!model)
        throw new Error(`${spec.name}: unknown ephemeral ${uniqueId}`);
      const code = compileSql(model.sql, {
        resolver,
        thisRelation: null,
        compileEphemeral: (e) => context.compileEphemeral(e.uniqueId),
      }).code;
      ephemeral.set(uniqueId, code);
      return code;
    },
  };
  return context;
}

function parentsOf(item: JsonObject): string[] {
  const dependsOn = item.depends_on as { nodes?: string[] } | undefined;
  return [...new Set(dependsOn?.nodes ?? [])].sort();
}

/** dbt's parent_map and child_map: sorted edges over every node-like resource. */
export function buildEdgeMaps(items: JsonObject[]): {
  parentMap: JsonObject;
  childMap: JsonObject;
} {
  const parentMap: Record<string, string[]> = {};
  const childMap: Record<string, string[]> = {};
  for (const item of items) childMap[readText(item, "unique_id")] = [];
  for (const item of items) {
    const id = readText(item, "unique_id");
    parentMap[id] = parentsOf(item);
    for (const parent of parentMap[id]) childMap[parent]?.push(id);
  }
  for (const children of Object.values(childMap)) children.sort();
  return { parentMap, childMap };
}

function buildGroupMap(spec: ProjectSpec, nodes: JsonObject[]): JsonObject {
  const groupMap: Record<string, string[]> = {};
  for (const group of spec.groups) groupMap[group.name] = [];
  for (const node of nodes) {
    if (typeof node.group === "string")
      (groupMap[node.group] ??= []).push(readText(node, "unique_id"));
  }
  return groupMap;
}

export function buildManifest(
  spec: ProjectSpec,
  index: ProjectIndex,
  mesh: MeshLookup,
  invocation: Invocation,
  generatedAt: Instant,
): ManifestBuild {
  const context = createNodeContext(spec, index, mesh, invocation);
  const models = spec.models.map((model) => buildModelNode(model, context));
  const seeds = spec.seeds.map((seed) => buildSeedNode(seed, context));
  const snapshots = spec.snapshots.map((snapshot) =>
    buildSnapshotNode(snapshot, context),
  );
  const tests = buildProjectTests(context);
  const injected = listInjectedModels(spec, mesh, invocation.startedAt).map(
    (model) =>
      buildInjectedNode(model, invocation.startedAt, context.nextCreatedAt()),
  );
  const nodes = [
    ...models,
    ...seeds,
    ...snapshots,
    ...tests.nodes,
    ...injected,
  ];
  const sources = spec.sources.flatMap((source) =>
    source.tables.map((table) => buildSourceNode(source, table, context)),
  );
  const exposures = spec.exposures.map((exposure) =>
    buildExposure(exposure, context),
  );
  const metrics = spec.metrics.map((metric) => buildMetric(metric, context));
  const semanticModels = spec.semanticModels.map((model) =>
    buildSemanticModel(model, context),
  );
  const savedQueries = spec.savedQueries.map((query) =>
    buildSavedQuery(query, context),
  );
  const unitTests = spec.unitTests.map((test) => buildUnitTest(test, context));
  const usedMacros = nodes.flatMap(
    (node) => (node.depends_on as { macros?: string[] }).macros ?? [],
  );
  const { parentMap, childMap } = buildEdgeMaps([
    ...nodes,
    ...sources,
    ...exposures,
    ...metrics,
    ...semanticModels,
    ...savedQueries,
    ...unitTests,
  ]);
  const manifest: JsonObject = {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: DBT_VERSION,
      generated_at: formatZulu(generatedAt),
      invocation_id: invocation.id,
      invocation_started_at: formatOffset(invocation.startedAt),
      env: {},
      project_name: spec.name,
      project_id: md5(spec.name),
      user_id: invocation.userId,
      send_anonymous_usage_stats: false,
      adapter_type: ADAPTER_TYPE,
      quoting: {
        database: false,
        schema: false,
        identifier: false,
        column: null,
      },
    },
    nodes: keyed(nodes),
    sources: keyed(sources),
    macros: buildMacrosSection(
      spec.name,
      spec.macros,
      usedMacros,
      context.nextCreatedAt,
    ),
    docs: buildDocsSection(spec.name, spec.docs),
    exposures: keyed(exposures),
    metrics: keyed(metrics),
    groups: keyed(spec.groups.map((group) => buildGroup(group, spec.name))),
    selectors: {},
    disabled: {},
    parent_map: parentMap,
    child_map: childMap,
    group_map: buildGroupMap(spec, [
      ...nodes,
      ...metrics,
      ...semanticModels,
      ...savedQueries,
    ]),
    saved_queries: keyed(savedQueries),
    semantic_models: keyed(semanticModels),
    unit_tests: keyed(unitTests),
  };
  return { manifest, testOutcomes: tests.outcomes };
}
