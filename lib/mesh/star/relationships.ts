import { findConstraintJoins } from "./from-constraints";
import { findEntityJoins } from "./from-entities";
import { findTestJoins, type FoundJoin } from "./from-tests";
import { toColumnSetKey } from "./identifiers";
import { collectKeys, isUniqueBy, type TableKeys } from "./keys";
import type {
  Cardinality,
  Relationship,
  RelationshipEnd,
  StarInputs,
} from "./types";

const SOURCE_ORDER = ["test", "constraint", "entity"] as const;

/**
 * Every relationship the inputs declare, one per pair of column sets however
 * many tests, constraints and entities declare it. Cardinality comes from the
 * keys: a unique referenced side makes it many-to-one, one-to-one when the
 * referencing side is unique too; without key facts, what a semantic entity
 * declares; else unknown.
 */
export function deriveRelationships(inputs: StarInputs): {
  relationships: Relationship[];
  keys: Map<string, TableKeys>;
} {
  const keys = collectKeys(inputs);
  const found = [
    ...findTestJoins(inputs.tests),
    ...findConstraintJoins(inputs.tables, keys),
    ...findEntityJoins(inputs.semanticModels),
  ];
  const projectOf = new Map(inputs.tables.map((t) => [t.key, t.project]));
  const merged = new Map<string, FoundJoin[]>();
  for (const join of found) {
    const id = idOf(join.from, join.to);
    const reverse = idOf(join.to, join.from);
    const target =
      join.cardinality === "one_to_one" && merged.has(reverse) ? reverse : id;
    merged.set(target, [...(merged.get(target) ?? []), join]);
  }
  const relationships = [...merged.values()].map((joins): Relationship => {
    const [first] = joins as [FoundJoin, ...FoundJoin[]];
    return {
      from: first.from,
      to: first.to,
      cardinality: decideCardinality(first, joins, keys),
      sources: SOURCE_ORDER.filter((s) => joins.some((j) => j.source === s)),
      isCrossProject:
        (projectOf.get(first.from.table) ?? first.from.table.split(":")[0]) !==
        (projectOf.get(first.to.table) ?? first.to.table.split(":")[0]),
    };
  });
  return { relationships, keys };
}

function idOf(from: RelationshipEnd, to: RelationshipEnd): string {
  return [
    from.table,
    toColumnSetKey(from.columns),
    to.table,
    toColumnSetKey(to.columns),
  ].join("\u0000");
}

function decideCardinality(
  first: FoundJoin,
  joins: FoundJoin[],
  keys: ReadonlyMap<string, TableKeys>,
): Cardinality {
  if (isUniqueBy(keys.get(first.to.table), first.to.columns))
    return isUniqueBy(keys.get(first.from.table), first.from.columns)
      ? "one_to_one"
      : "many_to_one";
  return joins.find((j) => j.cardinality)?.cardinality ?? "unknown";
}
