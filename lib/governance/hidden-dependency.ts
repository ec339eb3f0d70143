import {
  NO_RELATION_MATERIALIZATIONS,
  REFERABLE_TYPES,
} from "@/lib/artifacts/resource-types";
import { holds, type Field, type Rule } from "@/lib/mesh/sql-rule";

/** A source, and the relation it reads (`toRelationKey`). */
export type RelationReader = {
  project: string;
  packageName: string;
  resourceType: string;
  relation: string;
};

/** A node that may build a relation, and the relation (`toRelationKey`). */
export type RelationBuilder = RelationReader & { materialized: string | null };

const source = (key: keyof RelationReader): Field<"source"> => ["source", key];
const model = (key: keyof RelationBuilder): Field<"model"> => ["model", key];

/**
 * The hidden-dependency rule: a project's own source reads the relation
 * another project builds with its own model, seed or snapshot (not an
 * ephemeral one, which builds none). The consumer bypasses `ref`, so no edge
 * records the dependency. The check reads it in TypeScript; the lineage walk
 * in SQL, rendered from this same rule.
 */
export const HIDDEN_DEPENDENCY_RULE: Rule<"source" | "model"> = {
  op: "and",
  rules: [
    { op: "in", field: source("resourceType"), values: ["source"] },
    { op: "eq", left: source("packageName"), right: source("project") },
    { op: "in", field: model("resourceType"), values: REFERABLE_TYPES },
    { op: "eq", left: model("packageName"), right: model("project") },
    {
      op: "or",
      rules: [
        { op: "isNull", field: model("materialized") },
        {
          op: "not",
          rule: {
            op: "in",
            field: model("materialized"),
            values: NO_RELATION_MATERIALIZATIONS,
          },
        },
      ],
    },
    {
      op: "not",
      rule: { op: "eq", left: model("project"), right: source("project") },
    },
    { op: "eq", left: source("relation"), right: model("relation") },
  ],
};

/** Whether `reader` depends on `builder` without a ref (HIDDEN_DEPENDENCY_RULE). */
export function isHiddenDependency(
  reader: RelationReader,
  builder: RelationBuilder,
): boolean {
  return holds(HIDDEN_DEPENDENCY_RULE, { source: reader, model: builder });
}
