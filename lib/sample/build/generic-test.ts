/**
 * Generic (schema) tests as dbt 1.10 writes them: names synthesized from
 * the test type, target and arguments, hashed when they pass 63 chars.
 */
import { md5 } from "../hash";
import type { JsonObject, JsonValue } from "../serialize";
import type { RefTarget, TestSpec } from "../spec";
import type { NodeContext } from "./node-context";
import { NODE_DOCS, toRefArgs, unique } from "./node-context";
import { generateSchemaName } from "./warehouse";

/** The node a generic test is attached to. */
export type TestTarget = {
  kind: "model" | "seed" | "snapshot" | "source";
  /** Name used in the test name: `dim_customers_v2`, or `app_db_orders` for sources. */
  label: string;
  uniqueId: string;
  relationName: string;
  /** `ref('dim_customers', version='2')` or `source('app_db', 'orders')`. */
  expression: string;
  ref?: RefTarget;
  source?: [string, string];
  ymlPath: string;
  fileKeyName: string;
  group: string | null;
};

export type TestOutcome = {
  uniqueId: string;
  failures: number;
  severity: "warn" | "error";
};

const CLEAN = /[^0-9a-zA-Z_]+/g;

function toText(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function toExpression(target: RefTarget): string {
  const args = [target.project, target.name]
    .filter(Boolean)
    .map((part) => `'${part}'`);
  if (target.version !== undefined) args.push(`version='${target.version}'`);
  return `ref(${args.join(", ")})`;
}

function kwargsOf(
  test: TestSpec,
  column: string,
  target: TestTarget,
): Record<string, JsonValue> {
  const model = `{{ get_where_subquery(${target.expression}) }}`;
  switch (test.kind) {
    case "unique":
    case "not_null":
      return { column_name: column, model };
    case "accepted_values":
      return { values: test.values, column_name: column, model };
    case "relationships":
      return {
        to: toExpression(test.to),
        field: test.field,
        column_name: column,
        model,
      };
  }
}

function synthesizeNames(
  test: TestSpec,
  target: TestTarget,
  kwargs: Record<string, JsonValue>,
) {
  const flat = Object.keys(kwargs)
    .filter((key) => key !== "model")
    .sort()
    .flatMap((key) => {
      const value = kwargs[key];
      return Array.isArray(value)
        ? value.map((v) => toText(v))
        : [toText(value)];
    })
    .map((part) => part.replace(CLEAN, "_"));
  const prefix = target.kind === "source" ? "source_" : "";
  const identifier = `${prefix}${test.kind}_${target.label}`;
  const fullName = `${identifier}_${flat.join("__")}`;
  const shortName =
    fullName.length >= 64
      ? `${identifier.slice(0, 30)}_${md5(fullName)}`
      : fullName;
  return { fullName, shortName };
}

function compileTest(
  test: TestSpec,
  column: string,
  relation: string,
  context: NodeContext,
): string {
  const from = test.where
    ? `(select * from ${relation} where ${test.where}) dbt_subquery`
    : relation;
  switch (test.kind) {
    case "not_null":
      return `\n    \n    \n\n\n\nselect ${column}\nfrom ${from}\nwhere ${column} is null\n\n\n`;
    case "unique":
      return `\n    \n    \n\nselect\n    ${column} as unique_field,\n    count(*) as n_records\n\nfrom ${from}\nwhere ${column} is not null\ngroup by ${column}\nhaving count(*) > 1\n\n\n`;
    case "accepted_values":
      return `\n    \n    \n\nwith all_values as (\n\n    select\n        ${column} as value_field,\n        count(*) as n_records\n\n    from ${from}\n    group by ${column}\n\n)\n\nselect *\nfrom all_values\nwhere value_field not in (\n    ${test.values.map((v) => `'${v}'`).join(",")}\n)\n\n\n`;
    case "relationships": {
      const parent = context.resolver.ref(test.to).relationName ?? "";
      return `\n    \n    \n\nwith child as (\n    select ${column} as from_field\n    from ${from}\n    where ${column} is not null\n),\n\nparent as (\n    select ${test.field} as to_field\n    from ${parent}\n)\n\nselect\n    from_field\n\nfrom child\nleft join parent\n    on child.from_field = parent.to_field\n\nwhere parent.to_field is null\n\n\n`;
    }
  }
}

function buildRawCode(test: TestSpec, alias: string | null): string {
  const configs: string[] = [];
  if (test.severity) configs.push(`severity="${test.severity}"`);
  if (test.where) configs.push(`where="${test.where.replace(/"/g, '\\"')}"`);
  if (alias) configs.push(`alias="${alias}"`);
  const config = configs.length > 0 ? `{{ config(${configs.join(",")}) }}` : "";
  return `{{ test_${test.kind}(**_dbt_generic_test_kwargs) }}${config}`;
}

/** One test node per test declared on a column of `target`. */
export function buildGenericTest(
  test: TestSpec,
  column: string,
  target: TestTarget,
  context: NodeContext,
): { node: JsonObject; outcome: TestOutcome } {
  const project = context.spec.name;
  const kwargs = kwargsOf(test, column, target);
  const { fullName, shortName } = synthesizeNames(test, target, kwargs);
  const alias = shortName === fullName ? null : shortName;
  const uniqueId = `test.${project}.${fullName}.${md5(`${fullName}${target.uniqueId}`).slice(0, 10)}`;
  const refs = test.kind === "relationships" ? [test.to] : [];
  if (target.ref) refs.push(target.ref);
  const parentIds =
    test.kind === "relationships"
      ? [context.resolver.ref(test.to).uniqueId]
      : [];
  const unrendered: JsonObject = {};
  if (test.severity) unrendered.severity = test.severity;
  if (test.where) unrendered.where = test.where;
  if (alias) unrendered.alias = alias;
  const folders = target.ymlPath.split("/").slice(1, -1);
  const node: JsonObject = {
    database: context.spec.database,
    schema: generateSchemaName(context.spec.targetSchema, "dbt_test__audit"),
    name: fullName,
    resource_type: "test",
    package_name: project,
    path: `${shortName}.sql`,
    original_file_path: target.ymlPath,
    unique_id: uniqueId,
    fqn: [project, ...folders, fullName],
    alias: shortName,
    checksum: { name: "none", checksum: "" },
    config: {
      enabled: true,
      alias,
      schema: "dbt_test__audit",
      database: null,
      tags: [],
      meta: {},
      group: null,
      materialized: "test",
      severity: test.severity ?? "ERROR",
      store_failures: null,
      store_failures_as: null,
      where: test.where ?? null,
      limit: null,
      fail_calc: "count(*)",
      warn_if: "!= 0",
      error_if: "!= 0",
    },
    tags: [],
    description: "",
    columns: {},
    meta: {},
    group: target.group,
    docs: NODE_DOCS,
    patch_path: null,
    build_path: null,
    unrendered_config: unrendered,
    created_at: context.nextCreatedAt(),
    relation_name: null,
    raw_code: buildRawCode(test, alias),
    doc_blocks: [],
    language: "sql",
    refs: refs.map(toRefArgs),
    sources: target.source ? [target.source] : [],
    metrics: [],
    depends_on: {
      macros: [`macro.dbt.test_${test.kind}`, "macro.dbt.get_where_subquery"],
      nodes: unique([...parentIds, target.uniqueId]),
    },
    compiled_path: `target/compiled/${project}/${target.ymlPath}/${shortName}.sql`,
    compiled: true,
    compiled_code: compileTest(test, column, target.relationName, context),
    extra_ctes_injected: true,
    extra_ctes: [],
    contract: { enforced: false, alias_types: true, checksum: null },
    column_name: column,
    file_key_name: target.fileKeyName,
    attached_node: target.kind === "source" ? null : target.uniqueId,
    test_metadata: { name: test.kind, kwargs, namespace: null },
  };
  return {
    node,
    outcome: {
      uniqueId,
      failures: test.failures ?? 0,
      severity: test.severity ?? "error",
    },
  };
}
