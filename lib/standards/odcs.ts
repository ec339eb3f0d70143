import { buildRefSnippet } from "@/lib/mesh/ref-snippet";
import { columnsOf, typeOf } from "@/lib/mesh/star/keys";
import type {
  ContractColumn,
  ContractInput,
  ContractModel,
  ContractProject,
  ContractSla,
  QualityTest,
} from "./types";

/** The Open Data Contract Standard version the catalog writes. */
export const ODCS_API_VERSION = "v3.1.0";

type Json = Record<string, unknown>;

/** Leaves out the fields that say nothing: undefined, null, empty strings and empty lists. */
export function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/**
 * ODCS's logical type of a warehouse type, by its family: `varchar(20)` is a
 * string, `numeric(12,2)` a number, `timestamp_ntz` a timestamp. Unknown
 * types are left without one rather than guessed.
 */
export function toLogicalType(dataType: string | null): string | undefined {
  if (dataType === null) return undefined;
  const type = dataType.trim().toLowerCase();
  if (/^(big|small|tiny|medium)?int(eger)?\d*\b|^(byte|long|short)$/.test(type))
    return "integer";
  if (/^(numeric|decimal|number|float|double|real|money|bignumeric)/.test(type))
    return type.startsWith("number(") && /,\s*0\)$/.test(type)
      ? "integer"
      : "number";
  if (/^(bool|boolean)$/.test(type)) return "boolean";
  if (/^(timestamp|datetime)/.test(type)) return "timestamp";
  if (/^date$/.test(type)) return "date";
  if (/^time\b/.test(type)) return "time";
  if (/^(array|list)\b|\[\]$/.test(type)) return "array";
  if (/^(struct|record|object|map|json|jsonb|variant)\b/.test(type))
    return "object";
  if (
    /^(varchar|char|character|text|string|nvarchar|nchar|uuid|citext)/.test(
      type,
    )
  )
    return "string";
  return undefined;
}

/** ODCS ids are letters, digits, `_` and `-`: a dbt unique_id's dots become `_`. */
export function toStableId(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, "_");
}

const isPassing = (status: string | null) =>
  status !== null && ["pass", "success"].includes(status.trim().toLowerCase());

/** A dbt test as an ODCS quality rule run by dbt, with its latest result. */
function toQuality(test: QualityTest): Json {
  return compact({
    id: toStableId(test.uniqueId),
    name: test.name,
    type: "custom",
    engine: "dbt",
    implementation: test.testName ?? test.name,
    severity: test.severity === "warn" ? "warning" : test.severity,
    customProperties: [
      { property: "latestStatus", value: test.status ?? "not run" },
      ...(test.completedAt
        ? [{ property: "latestRunAt", value: test.completedAt }]
        : []),
      { property: "passing", value: isPassing(test.status) },
    ],
  });
}

/** The model's primary key columns, in the order its constraint lists them. */
function primaryKeyOf(model: ContractModel): string[] {
  const modelLevel = model.constraints.find((c) => typeOf(c) === "primary_key");
  if (modelLevel) return columnsOf(modelLevel, "columns");
  return model.columns
    .filter((c) => c.constraints.some((k) => typeOf(k) === "primary_key"))
    .map((c) => c.name);
}

function hasRule(column: ContractColumn, rule: "not_null" | "unique") {
  return (
    column.constraints.some((c) => typeOf(c) === rule) ||
    column.tests.some((t) => t.testName === rule)
  );
}

function toProperty(column: ContractColumn, primaryKey: string[]): Json {
  const physicalType = column.catalogType ?? column.dataType;
  const position = primaryKey.findIndex(
    (c) => c.toLowerCase() === column.name.toLowerCase(),
  );
  const isKey = position >= 0;
  return compact({
    name: column.name,
    physicalName: column.name,
    physicalType,
    logicalType: toLogicalType(physicalType),
    description: column.description,
    primaryKey: isKey ? true : undefined,
    primaryKeyPosition: isKey ? position + 1 : undefined,
    required: isKey || hasRule(column, "not_null") ? true : undefined,
    unique: hasRule(column, "unique") ? true : undefined,
    tags: [...column.tags],
    quality: column.tests.map(toQuality),
  });
}

/** `86400` → 1 d; `7200` → 2 h; else minutes. */
function toDuration(seconds: number): { value: number; unit: string } {
  if (seconds % 86_400 === 0) return { value: seconds / 86_400, unit: "d" };
  if (seconds % 3_600 === 0) return { value: seconds / 3_600, unit: "h" };
  return { value: Math.round(seconds / 60), unit: "m" };
}

/** The declared freshness SLA as ODCS's `latency`: how old the data may be. */
export function toSlaProperties(sla: ContractSla | null): Json[] {
  if (sla === null) return [];
  const measured = sla.seconds === null ? null : toDuration(sla.seconds);
  return [
    compact({
      property: "latency",
      value: measured?.value ?? sla.value,
      unit: measured?.unit,
      description: `Declared in ${sla.origin}: ${sla.value}`,
    }),
  ];
}

/**
 * Where the relation lives, in the server type ODCS has for the adapter when
 * the relation names every field that type requires; otherwise a `custom`
 * server naming the adapter (the catalog never learns hosts or accounts).
 */
export function toServer(project: ContractProject, model: ContractModel): Json {
  const { database, schema } = model;
  const base = {
    server: project.name,
    description: `dbt target of ${project.name}`,
  };
  switch (project.adapterType) {
    case "bigquery":
      if (database && schema)
        return {
          ...base,
          type: "bigquery",
          project: database,
          dataset: schema,
        };
      break;
    case "databricks":
      if (database && schema)
        return { ...base, type: "databricks", catalog: database, schema };
      break;
    case "redshift":
      if (database && schema)
        return { ...base, type: "redshift", database, schema };
      break;
    case "duckdb":
      if (database)
        return compact({ ...base, type: "duckdb", database, schema });
      break;
    case null:
    default:
      break;
  }
  return compact({
    ...base,
    type: "custom",
    database,
    schema,
    customProperties: project.adapterType
      ? [{ property: "dbtAdapter", value: project.adapterType }]
      : [],
  });
}

/** The owners as an ODCS team: the group (or project) and each owner a member. */
export function toTeam(input: ContractInput): Json | undefined {
  if (input.owners.length === 0) return undefined;
  return compact({
    name: input.group?.name ?? input.project.name,
    members: input.owners.map((owner) =>
      compact({
        username: owner,
        name:
          owner === input.group?.ownerEmail ? input.group.ownerName : undefined,
        role: "owner",
      }),
    ),
  });
}

/** The contract's id: the model's dbt unique_id, which names its version too. */
export const contractId = (model: Pick<ContractModel, "uniqueId">) =>
  model.uniqueId;

/**
 * A model as an Open Data Contract Standard (v3.1) document: its schema
 * (columns with types, keys and constraints), its tests as quality rules
 * with their latest results, its freshness SLA, its owners as the team, and
 * where it lives. Built from what the catalog stores; fields it does not
 * know are left out, never invented.
 */
export function toOdcsContract(input: ContractInput): Json {
  const { model, project } = input;
  const primaryKey = primaryKeyOf(model);
  const ref = buildRefSnippet({ project: project.name, ...model });
  return compact({
    apiVersion: ODCS_API_VERSION,
    kind: "DataContract",
    id: contractId(model),
    name:
      model.version === null ? model.name : `${model.name} v${model.version}`,
    version: model.version ?? "1",
    status: model.deprecationDate === null ? "active" : "deprecated",
    domain: project.name,
    dataProduct: model.name,
    description: compact({
      purpose: model.description,
      usage: `${ref.code} (${ref.scope.toLowerCase()})`,
    }),
    tags: [...model.tags],
    servers: [toServer(project, model)],
    schema: [
      compact({
        name: model.name,
        physicalName: model.alias ?? model.name,
        physicalType: model.materialized === "view" ? "view" : "table",
        logicalType: "object",
        description: model.description,
        properties: model.columns.map((c) => toProperty(c, primaryKey)),
        quality: model.tests.map(toQuality),
      }),
    ],
    team: toTeam(input),
    slaProperties: toSlaProperties(input.sla),
    customProperties: [
      { property: "dbtUniqueId", value: model.uniqueId },
      { property: "access", value: model.access ?? "protected" },
      { property: "contractEnforced", value: model.contractEnforced },
      ...(model.relationName
        ? [{ property: "relationName", value: model.relationName }]
        : []),
      ...(model.deprecationDate
        ? [{ property: "deprecationDate", value: model.deprecationDate }]
        : []),
      ...(input.maturity
        ? [
            {
              property: "maturityLevel",
              value: input.maturity.level ?? "none",
            },
            { property: "maturityScore", value: input.maturity.score },
          ]
        : []),
      ...input.sourceFreshness
        .filter((s) => s.criteria !== null)
        .map((s) => ({
          property: "sourceFreshness",
          value: s.criteria,
          description: `Freshness criteria of upstream source ${s.name}`,
        })),
    ],
    contractCreatedTs: project.generatedAt,
  });
}
