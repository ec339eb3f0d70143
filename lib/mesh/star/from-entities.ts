import type { FoundJoin } from "./from-tests";
import { toColumnName } from "./identifiers";
import type { SemanticModelInput } from "./types";

type Occurrence = { table: string; column: string; type: string };

const ONE = new Set(["primary", "unique"]);
const REFERENCED = new Set(["primary", "unique", "natural"]);

/**
 * Joins that semantic models declare through entities, as MetricFlow joins
 * them: within one project (one semantic manifest), a `foreign` entity joins
 * the `primary`, `unique` or `natural` entity of the same name (many to one),
 * and two `primary`/`unique` entities of the same name join one to one. An
 * entity's column is its `expr`, or its name; expressions are left out.
 */
export function findEntityJoins(models: SemanticModelInput[]): FoundJoin[] {
  const byEntity = new Map<string, Occurrence[]>();
  for (const model of models) {
    if (!model.tableKey) continue;
    for (const entity of model.entities) {
      const column = toColumnName(entity.expr ?? entity.name);
      if (!column) continue;
      const id = `${model.project}\u0000${entity.name.toLowerCase()}`;
      const list = byEntity.get(id) ?? [];
      list.push({ table: model.tableKey, column, type: entity.type });
      byEntity.set(id, list);
    }
  }
  const joins: FoundJoin[] = [];
  for (const occurrences of byEntity.values()) {
    for (const [i, a] of occurrences.entries()) {
      for (const [j, b] of occurrences.entries()) {
        if (a.table === b.table) continue;
        if (a.type === "foreign" && REFERENCED.has(b.type))
          joins.push(join(a, b, "many_to_one"));
        else if (i < j && ONE.has(a.type) && ONE.has(b.type))
          joins.push(join(a, b, "one_to_one"));
      }
    }
  }
  return joins;
}

function join(
  from: Occurrence,
  to: Occurrence,
  cardinality: "many_to_one" | "one_to_one",
): FoundJoin {
  return {
    from: { table: from.table, columns: [from.column] },
    to: { table: to.table, columns: [to.column] },
    source: "entity",
    cardinality,
  };
}
