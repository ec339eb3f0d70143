import { hasTrait, NO_RELATION_MATERIALIZATIONS } from "./resource-types";
import type { ManifestNode, ManifestSemanticNode } from "./manifest-schema";
import { toTimestamp } from "./timestamp";
import type {
  ColumnRecord,
  JsonObject,
  NodeRecord,
  RefRecord,
  TestRecord,
} from "./types";
import { readTestSeverity } from "./test-severity";
import { parseNodeDetails } from "./details/parse";

/** A node of any section: the semantic-layer fields are simply absent elsewhere. */
type AnyNode = ManifestNode &
  Partial<Omit<ManifestSemanticNode, keyof ManifestNode>>;

/** Adapts one raw manifest node, of any version, into a NodeRecord (a new object; the input is untouched). */
export function normalizeNode(raw: AnyNode): NodeRecord {
  const config = raw.config ?? {};
  const materialized = config.materialized ?? null;
  const meta = { ...(config.meta ?? {}), ...(raw.meta ?? {}) };
  return {
    uniqueId: raw.unique_id,
    resourceType: raw.resource_type,
    name: raw.name,
    packageName: raw.package_name,
    path: raw.path || null,
    originalFilePath: raw.original_file_path || null,
    fqn: raw.fqn ?? [],
    label: raw.label ?? null,
    description: raw.description ?? "",
    access: raw.access ?? config.access ?? null,
    groupName: raw.group ?? config.group ?? null,
    materialized,
    database: raw.database ?? null,
    schema: raw.schema ?? null,
    alias: raw.alias ?? raw.identifier ?? null,
    relationName: raw.relation_name ?? fallbackRelationName(raw, materialized),
    version: formatVersion(raw.version),
    latestVersion: formatVersion(raw.latest_version),
    deprecationDate: toTimestamp(raw.deprecation_date),
    contractEnforced:
      raw.contract?.enforced ?? config.contract?.enforced ?? false,
    constraints: raw.constraints ?? [],
    tags: raw.tags ?? [],
    meta,
    config,
    docsShow: raw.docs?.show ?? config.docs?.show ?? true,
    language: raw.language ?? (raw.raw_sql == null ? null : "sql"),
    rawCode: raw.raw_code ?? raw.raw_sql ?? null,
    compiledCode: raw.compiled_code ?? raw.compiled_sql ?? null,
    checksum:
      typeof raw.checksum === "string"
        ? raw.checksum
        : (raw.checksum?.checksum ?? null),
    details: parseNodeDetails(raw.resource_type, raw),
    columns: Object.entries(raw.columns ?? {}).map(([key, column]) =>
      normalizeColumn(key, column),
    ),
    dependsOn: raw.depends_on?.nodes ?? [],
    refs: (raw.refs ?? []).map(normalizeRef),
    test: normalizeTest(raw),
  };
}

/** dbt versions are ints, floats or strings (`v: 2`, `v: "2"`); one text form keeps them comparable. */
export function formatVersion(
  value: string | number | null | undefined,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

function fallbackRelationName(
  raw: ManifestNode,
  materialized: string | null,
): string | null {
  if (
    !hasTrait(raw.resource_type, "isRelation") ||
    (materialized !== null &&
      (NO_RELATION_MATERIALIZATIONS as readonly string[]).includes(
        materialized,
      ))
  )
    return null;
  const parts = [
    raw.database,
    raw.schema,
    raw.alias ?? raw.identifier ?? raw.name,
  ].filter(
    (part): part is string => typeof part === "string" && part.length > 0,
  );
  return parts.length >= 2 ? parts.join(".") : null;
}

function normalizeColumn(
  key: string,
  column: NonNullable<ManifestNode["columns"]>[string],
): ColumnRecord {
  return {
    name: column.name ?? key,
    description: column.description ?? "",
    dataType: column.data_type ?? null,
    constraints: column.constraints ?? [],
    tags: column.tags ?? column.config?.tags ?? [],
    meta: { ...(column.config?.meta ?? {}), ...(column.meta ?? {}) },
  };
}

function normalizeRef(
  ref: NonNullable<ManifestNode["refs"]>[number],
): RefRecord {
  if (Array.isArray(ref)) {
    // v4–v8: ["name"] or ["package", "name"]
    const [first = "", second] = ref;
    return second === undefined
      ? { name: first, package: null, version: null }
      : { name: second, package: first, version: null };
  }
  return {
    name: ref.name,
    package: ref.package ?? null,
    version: formatVersion(ref.version),
  };
}

function normalizeTest(raw: AnyNode): TestRecord | null {
  if (raw.resource_type === "unit_test") {
    const modelName = raw.model ?? null;
    const version = formatVersion(raw.version);
    const parents = raw.depends_on?.nodes ?? [];
    const attached =
      parents.find(
        (id) =>
          version !== null && id.endsWith(`.${modelName ?? ""}.v${version}`),
      ) ??
      parents.find(
        (id) => modelName !== null && id.split(".")[2] === modelName,
      );
    return {
      attachedUniqueId: attached ?? parents[0] ?? null,
      columnName: null,
      testName: null,
      testNamespace: null,
      kwargs: {},
      severity: null,
    };
  }
  if (raw.resource_type !== "test") return null;
  const kwargs = raw.test_metadata?.kwargs ?? {};
  const kwargColumn =
    typeof kwargs.column_name === "string" ? kwargs.column_name : null;
  return {
    attachedUniqueId: raw.attached_node ?? findAttachedNode(raw, kwargs),
    columnName: raw.column_name ?? kwargColumn,
    testName: raw.test_metadata?.name ?? null,
    testNamespace: raw.test_metadata?.namespace ?? null,
    kwargs,
    severity: readTestSeverity(raw.config?.severity),
  };
}

/**
 * Before `attached_node` (dbt < 1.5), the tested node is the one named in the
 * `model` kwarg (`{{ get_where_subquery(ref('orders')) }}`); a singular test on
 * one node is attached to it.
 */
function findAttachedNode(
  raw: ManifestNode,
  kwargs: JsonObject,
): string | null {
  const parents = raw.depends_on?.nodes ?? [];
  const model = typeof kwargs.model === "string" ? kwargs.model : "";
  const refName =
    /ref\(\s*['"]([^'"]+)['"]\s*(?:,\s*['"]([^'"]+)['"]\s*)?\)/.exec(model);
  const sourceName =
    /source\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]\s*\)/.exec(model);
  if (refName) {
    const name = refName[2] ?? refName[1];
    const found = parents.find(
      (id) => !id.startsWith("source.") && id.split(".")[2] === name,
    );
    if (found) return found;
  }
  if (sourceName) {
    const found = parents.find(
      (id) =>
        id.startsWith("source.") &&
        id.endsWith(`.${sourceName[1]}.${sourceName[2]}`),
    );
    if (found) return found;
  }
  return parents.length === 1 ? (parents[0] ?? null) : null;
}
