/**
 * Small star-schema inputs for tests: tables written `project.name` with
 * their columns, tests and semantic models pointing at them by the same spec.
 */
import type {
  EntityInput,
  SemanticModelInput,
  StarColumnInput,
  StarTableInput,
  StarTestInput,
  TestParent,
} from "./types";

/** The key of a table spec `[type:]project.name`. */
export function tableKey(spec: string): string {
  const [type, qualified] = spec.includes(":")
    ? (spec.split(":") as [string, string])
    : ["model", spec];
  const [project = ""] = qualified.split(".");
  return `${project}:${type}.${qualified}`;
}

type ColumnSpec = string | (Partial<StarColumnInput> & { name: string });

export function table(
  spec: string,
  columns: ColumnSpec[],
  extra: Partial<StarTableInput> = {},
): StarTableInput {
  const [type, qualified] = spec.includes(":")
    ? (spec.split(":") as [string, string])
    : ["model", spec];
  const [project = "", ...rest] = qualified.split(".");
  const name = rest.join(".");
  return {
    key: tableKey(spec),
    uniqueId: `${type}.${qualified}`,
    project,
    name,
    resourceType: type,
    access: null,
    version: null,
    relationName: `analytics.${project}.${name}`,
    isExternal: false,
    columns: columns.map((c) =>
      typeof c === "string"
        ? { name: c, dataType: null, description: "", constraints: [] }
        : { dataType: null, description: "", constraints: [], ...c },
    ),
    constraints: [],
    ...extra,
  };
}

function parentOf(spec: string): TestParent {
  const key = tableKey(spec);
  const uniqueId = key.slice(key.indexOf(":") + 1);
  const [type = "", , ...rest] = uniqueId.split(".");
  return { key, uniqueId, name: rest.join("."), resourceType: type };
}

let testCount = 0;

/** A generic test on `on` (column `column`), depending on `on` and `alsoOn`. */
export function genericTest(
  name: string,
  on: string,
  column: string | null,
  kwargs: Record<string, unknown> = {},
  alsoOn: string[] = [],
): StarTestInput {
  testCount += 1;
  return {
    key: `${tableKey(on).split(":")[0]}:test.${name}_${testCount}`,
    testName: name,
    namespace: null,
    kwargs: column ? { column_name: column, ...kwargs } : kwargs,
    columnName: column,
    attachedKey: tableKey(on),
    parents: [on, ...alsoOn].map(parentOf),
  };
}

/** A `relationships` test: `on.column` references `to.field`. */
export function relationshipsTest(
  on: string,
  column: string,
  to: string,
  field: string,
): StarTestInput {
  const name = to.split(".").slice(1).join(".");
  return genericTest(
    "relationships",
    on,
    column,
    { to: `ref('${name}')`, field },
    [to],
  );
}

export function semanticModel(
  spec: string,
  on: string,
  entities: EntityInput[],
): SemanticModelInput {
  const [project = "", name = ""] = spec.split(".");
  return {
    key: `${project}:semantic_model.${spec}`,
    project,
    name,
    tableKey: tableKey(on),
    entities,
  };
}
