import { z } from "zod";
import { formatSeconds } from "@/lib/score/duration";
import { toLogicalType } from "./odcs";

/**
 * Checking a model against a data contract a team wrote (ODCS): what the
 * contract promises that the model does not keep. Both sides are ODCS
 * documents; the model's side is the catalog's own export of it, so one
 * reading of types, tests and SLAs serves the export and the check.
 */

const quality = z.looseObject({
  type: z.string().optional(),
  metric: z.string().optional(),
  rule: z.string().optional(),
  engine: z.string().optional(),
  implementation: z.unknown().optional(),
  name: z.string().optional(),
});

const property = z.looseObject({
  name: z.string(),
  physicalType: z.string().optional(),
  logicalType: z.string().optional(),
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  primaryKey: z.boolean().optional(),
  quality: z.array(quality).optional(),
});

const schemaObject = z.looseObject({
  name: z.string(),
  physicalName: z.string().optional(),
  properties: z.array(property).optional(),
  quality: z.array(quality).optional(),
});

const slaProperty = z.looseObject({
  property: z.string(),
  value: z.unknown(),
  unit: z.string().optional(),
});

/** The parts of an ODCS document a check reads; the rest may be anything. */
export const contractSchema = z.looseObject({
  kind: z.literal("DataContract", {
    error: 'kind must be "DataContract" (an ODCS document)',
  }),
  apiVersion: z.string(),
  schema: z.array(schemaObject).min(1, "the contract has no schema"),
  slaProperties: z.array(slaProperty).optional(),
});

export type Contract = z.infer<typeof contractSchema>;
type Quality = z.infer<typeof quality>;
type Property = z.infer<typeof property>;

export type ContractFinding = {
  kind:
    | "missing-column"
    | "mistyped-column"
    | "not-required"
    | "not-unique"
    | "missing-quality"
    | "weaker-sla"
    | "missing-sla";
  /** The column it is about; null for the table or the SLA. */
  column: string | null;
  message: string;
};

const lower = (value: string) => value.trim().toLowerCase();

/** What a quality rule checks, in dbt's terms: `not_null`, `unique`, or a test's name. */
function ruleKey(rule: Quality): string | null {
  const metric = rule.metric ?? rule.rule;
  if (metric === "nullValues" || metric === "missingValues") return "not_null";
  if (metric === "duplicateValues") return "unique";
  if (rule.engine === "dbt" && typeof rule.implementation === "string")
    return lower(rule.implementation);
  return null;
}

function describeRule(rule: Quality): string {
  return (
    rule.name ??
    rule.metric ??
    rule.rule ??
    (typeof rule.implementation === "string" ? rule.implementation : "a rule")
  );
}

/** `varchar(20)` and `VARCHAR(20)` agree; so do two types of one logical family when only one side names a physical type. */
function typeOf(p: Property): {
  physical: string | null;
  logical: string | null;
} {
  const physical = p.physicalType ? lower(p.physicalType) : null;
  return {
    physical,
    logical: p.logicalType
      ? lower(p.logicalType)
      : (toLogicalType(physical) ?? null),
  };
}

function checkColumn(
  promised: Property,
  actual: Property | undefined,
): ContractFinding[] {
  const column = promised.name;
  if (!actual)
    return [
      {
        kind: "missing-column",
        column,
        message: `column ${column} is missing`,
      },
    ];
  const findings: ContractFinding[] = [];
  const want = typeOf(promised);
  const have = typeOf(actual);
  const mistyped =
    want.physical !== null && have.physical !== null
      ? want.physical !== have.physical
      : want.logical !== null &&
        have.logical !== null &&
        want.logical !== have.logical;
  if (mistyped)
    findings.push({
      kind: "mistyped-column",
      column,
      message: `column ${column} is ${have.physical ?? have.logical}, the contract says ${want.physical ?? want.logical}`,
    });
  if ((promised.required || promised.primaryKey) && !actual.required)
    findings.push({
      kind: "not-required",
      column,
      message: `column ${column} may be null: the contract requires it (no not_null test or constraint)`,
    });
  if (promised.unique && !actual.unique)
    findings.push({
      kind: "not-unique",
      column,
      message: `column ${column} is not checked unique (no unique test or constraint)`,
    });
  findings.push(...checkQuality(promised.quality, actual.quality, column));
  return findings;
}

function checkQuality(
  promised: Quality[] | undefined,
  actual: Quality[] | undefined,
  column: string | null,
): ContractFinding[] {
  const have = new Set((actual ?? []).map(ruleKey).filter((k) => k !== null));
  return (promised ?? [])
    .filter((rule) => {
      const key = ruleKey(rule);
      return key !== null && !have.has(key);
    })
    .map((rule) => ({
      kind: "missing-quality" as const,
      column,
      message: `no dbt test keeps the quality rule ${describeRule(rule)}${column ? ` on ${column}` : ""}`,
    }));
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  m: 60,
  min: 60,
  h: 3_600,
  hr: 3_600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
};

/** A latency in seconds, when it has a number and a known unit (default days, as ODCS says). */
function latencySeconds(sla: Contract["slaProperties"]): number | null {
  const latency = sla?.find((p) => lower(p.property) === "latency");
  if (!latency || typeof latency.value !== "number") return null;
  const unit = UNIT_SECONDS[lower(latency.unit ?? "d")];
  return unit === undefined ? null : latency.value * unit;
}

/**
 * What `promised` (a contract a team wrote) asks that `actual` (the model,
 * as the catalog exports it) does not keep: each column present with its
 * type, required and unique where promised, each quality rule kept by a dbt
 * test, and a freshness SLA at least as strict. Empty when the model keeps
 * the contract.
 */
export function checkContract(
  promised: Contract,
  actual: Contract,
): ContractFinding[] {
  const findings: ContractFinding[] = [];
  const table = actual.schema[0];
  const columns = new Map(
    (table?.properties ?? []).map((p) => [lower(p.name), p]),
  );
  for (const object of promised.schema) {
    for (const column of object.properties ?? [])
      findings.push(...checkColumn(column, columns.get(lower(column.name))));
    findings.push(...checkQuality(object.quality, table?.quality, null));
  }
  const want = latencySeconds(promised.slaProperties);
  if (want !== null) {
    const have = latencySeconds(actual.slaProperties);
    if (have === null)
      findings.push({
        kind: "missing-sla",
        column: null,
        message:
          "the model declares no freshness SLA; the contract promises one",
      });
    else if (have > want)
      findings.push({
        kind: "weaker-sla",
        column: null,
        message: `the model's freshness SLA (${formatSeconds(have)}) is weaker than the contract's (${formatSeconds(want)})`,
      });
  }
  return findings;
}
