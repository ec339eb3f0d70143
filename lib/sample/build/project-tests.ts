/**
 * Every data test of a project: generic tests declared on the columns of
 * models, seeds, snapshots and sources, then the singular tests.
 */
import type { JsonObject } from "../serialize";
import type { ColumnSpec } from "../spec";
import type { TestOutcome, TestTarget } from "./generic-test";
import { buildGenericTest } from "./generic-test";
import type { NodeContext } from "./node-context";
import { modelsYmlPath } from "./node-context";
import { pickEntry } from "./resolve";
import { buildSingularTest } from "./singular-test";
import { sourcesYmlPath } from "./source-node";

type Tested = { target: TestTarget; columns: ColumnSpec[] };

function listTested(context: NodeContext): Tested[] {
  const { spec, index, resolver } = context;
  const entryOf = (name: string, version?: number) => {
    const entry = pickEntry(index, { name, version });
    if (!entry) throw new Error(`${spec.name}: ${name} missing from its index`);
    return entry;
  };
  const models = spec.models.map((model): Tested => {
    const entry = entryOf(model.name, model.version);
    const versionArg =
      model.version === undefined ? "" : `, version='${model.version}'`;
    return {
      columns: model.columns,
      target: {
        kind: "model",
        label:
          model.version === undefined
            ? model.name
            : `${model.name}_v${model.version}`,
        uniqueId: entry.uniqueId,
        relationName: entry.relationName ?? `__dbt__cte__${model.name}`,
        expression: `ref('${model.name}'${versionArg})`,
        ref:
          model.version === undefined
            ? { name: model.name }
            : { name: model.name, version: model.version },
        ymlPath: modelsYmlPath(model.folder),
        fileKeyName: `models.${model.name}`,
        group: model.group ?? null,
      },
    };
  });
  const seeds = spec.seeds.map((seed): Tested => {
    const entry = entryOf(seed.name);
    return {
      columns: seed.columns,
      target: {
        kind: "seed",
        label: seed.name,
        uniqueId: entry.uniqueId,
        relationName: entry.relationName ?? "",
        expression: `ref('${seed.name}')`,
        ref: { name: seed.name },
        ymlPath: "seeds/_seeds.yml",
        fileKeyName: `seeds.${seed.name}`,
        group: null,
      },
    };
  });
  const snapshots = spec.snapshots.map((snapshot): Tested => {
    const entry = entryOf(snapshot.name);
    return {
      columns: snapshot.columns,
      target: {
        kind: "snapshot",
        label: snapshot.name,
        uniqueId: entry.uniqueId,
        relationName: entry.relationName ?? "",
        expression: `ref('${snapshot.name}')`,
        ref: { name: snapshot.name },
        ymlPath: `snapshots/${snapshot.name}.yml`,
        fileKeyName: `snapshots.${snapshot.name}`,
        group: null,
      },
    };
  });
  const sources = spec.sources.flatMap((source) =>
    source.tables.map((table): Tested => {
      const resolved = resolver.source(source.name, table.name);
      return {
        columns: table.columns,
        target: {
          kind: "source",
          label: `${source.name}_${table.name}`,
          uniqueId: resolved.uniqueId,
          relationName: resolved.relationName,
          expression: `source('${source.name}', '${table.name}')`,
          source: [source.name, table.name],
          ymlPath: sourcesYmlPath(source),
          fileKeyName: `sources.${source.name}`,
          group: null,
        },
      };
    }),
  );
  return [...models, ...seeds, ...snapshots, ...sources];
}

export function buildProjectTests(context: NodeContext): {
  nodes: JsonObject[];
  outcomes: TestOutcome[];
} {
  const nodes: JsonObject[] = [];
  const outcomes: TestOutcome[] = [];
  for (const { target, columns } of listTested(context)) {
    for (const column of columns) {
      for (const test of column.tests ?? []) {
        const built = buildGenericTest(test, column.name, target, context);
        nodes.push(built.node);
        outcomes.push(built.outcome);
      }
    }
  }
  for (const test of context.spec.singularTests) {
    const built = buildSingularTest(test, context);
    nodes.push(built.node);
    outcomes.push(built.outcome);
  }
  return { nodes, outcomes };
}
