/**
 * Unit tests (dbt 1.8+): fixed input rows for a model's parents and the
 * rows the model must produce from them.
 */
import { sha256 } from "../hash";
import type { JsonObject } from "../serialize";
import type { UnitTestSpec } from "../spec";
import type { NodeContext } from "./node-context";
import { modelsYmlPath } from "./node-context";
import { pickEntry } from "./resolve";

export function buildUnitTest(
  test: UnitTestSpec,
  context: NodeContext,
): JsonObject {
  const { spec } = context;
  const model = spec.models.find((m) => m.name === test.model);
  const entry = pickEntry(context.index, { name: test.model });
  if (!model || !entry)
    throw new Error(`${spec.name}: unit test on unknown model ${test.model}`);
  const ymlPath = modelsYmlPath(model.folder);
  const given = test.given.map((input) => ({
    input: input.input,
    rows: input.rows,
    format: "dict",
    fixture: null,
  }));
  return {
    model: test.model,
    given,
    expect: { rows: test.expect, format: "dict", fixture: null },
    name: test.name,
    resource_type: "unit_test",
    package_name: spec.name,
    path: ymlPath.replace(/^models\//, ""),
    original_file_path: ymlPath,
    unique_id: `unit_test.${spec.name}.${test.model}.${test.name}`,
    fqn: [spec.name, ...model.folder.split("/"), test.model, test.name],
    description: test.description,
    overrides: null,
    depends_on: { macros: [], nodes: [entry.uniqueId] },
    config: { tags: test.tags ?? [], meta: {}, enabled: true },
    checksum: sha256(JSON.stringify({ given, expect: test.expect })),
    schema: entry.schema,
    created_at: context.nextCreatedAt(),
    versions: null,
    version: null,
  };
}
