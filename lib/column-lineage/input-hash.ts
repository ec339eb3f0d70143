import { createHash } from "node:crypto";
import type { ModelSqlInput } from "./types";

/**
 * What a model's lineage is derived from, hashed: its compiled SQL, dialect
 * and upstream relations with their columns. The same hash, the same lineage:
 * the model is not derived again.
 */
export function hashModelInput(input: ModelSqlInput): string {
  const upstream = [...input.upstream]
    .sort((a, b) =>
      a.uniqueId < b.uniqueId ? -1 : a.uniqueId > b.uniqueId ? 1 : 0,
    )
    .map((r) => [
      r.uniqueId,
      r.project,
      r.database,
      r.schema,
      r.identifier,
      r.isComplete,
      r.columns.map((c) => [c.name, c.type]),
    ]);
  return createHash("sha256")
    .update(JSON.stringify([input.compiledCode, input.adapterType, upstream]))
    .digest("hex");
}
