/**
 * Singular tests: a SQL file under tests/ that fails when it returns rows.
 */
import { sha256 } from "../hash";
import type { JsonObject } from "../serialize";
import type { SingularTestSpec } from "../spec";
import type { TestOutcome } from "./generic-test";
import { compileSql, parseSql } from "./jinja";
import type { NodeContext } from "./node-context";
import { NODE_DOCS, toRefArgs, unique } from "./node-context";
import { generateSchemaName } from "./warehouse";

export function buildSingularTest(
  test: SingularTestSpec,
  context: NodeContext,
): { node: JsonObject; outcome: TestOutcome } {
  const project = context.spec.name;
  const uniqueId = `test.${project}.${test.name}`;
  const parsed = parseSql(test.sql, project);
  const compiled = compileSql(test.sql, {
    resolver: context.resolver,
    thisRelation: null,
    compileEphemeral: (target) => context.compileEphemeral(target.uniqueId),
  });
  const meta = test.meta ?? {};
  const unrendered: JsonObject = {};
  if (test.severity) unrendered.severity = test.severity;
  if (test.meta) unrendered.meta = test.meta;
  const node: JsonObject = {
    database: context.spec.database,
    schema: generateSchemaName(context.spec.targetSchema, "dbt_test__audit"),
    name: test.name,
    resource_type: "test",
    package_name: project,
    path: `${test.name}.sql`,
    original_file_path: `tests/${test.name}.sql`,
    unique_id: uniqueId,
    fqn: [project, test.name],
    alias: test.name,
    checksum: { name: "sha256", checksum: sha256(test.sql) },
    config: {
      enabled: true,
      alias: null,
      schema: "dbt_test__audit",
      database: null,
      tags: [],
      meta,
      group: null,
      materialized: "test",
      severity: test.severity ?? "ERROR",
      store_failures: null,
      store_failures_as: null,
      where: null,
      limit: null,
      fail_calc: "count(*)",
      warn_if: "!= 0",
      error_if: "!= 0",
    },
    tags: [],
    description: test.description ?? "",
    columns: {},
    meta,
    group: null,
    docs: NODE_DOCS,
    patch_path: test.description ? `${project}://tests/_tests.yml` : null,
    build_path: null,
    unrendered_config: unrendered,
    created_at: context.nextCreatedAt(),
    relation_name: null,
    raw_code: test.sql,
    doc_blocks: [],
    language: "sql",
    refs: parsed.refs.map(toRefArgs),
    sources: parsed.sources,
    metrics: [],
    depends_on: {
      macros: parsed.macros,
      nodes: unique([
        ...parsed.refs.map((target) => context.resolver.ref(target).uniqueId),
        ...parsed.sources.map(
          ([source, table]) => context.resolver.source(source, table).uniqueId,
        ),
      ]),
    },
    compiled_path: `target/compiled/${project}/tests/${test.name}.sql`,
    compiled: true,
    compiled_code: compiled.code,
    extra_ctes_injected: true,
    extra_ctes: compiled.ctes,
    contract: { enforced: false, alias_types: true, checksum: null },
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
