import { toRelationKey } from "@/lib/governance/relation-key";
import type { UpstreamRelation } from "./types";

/**
 * The name a relation goes by in the parser's schema: its relation key
 * (lib/governance/relation-key.ts) without an empty database part.
 */
export function toSchemaTableName(relation: UpstreamRelation): string {
  return toRelationKey(relation).replace(/^\./, "");
}

/** Upstream relations by the name the SQL reads them as: whole, else by a unique suffix. */
export type RelationIndex = (sourceName: string) => UpstreamRelation | null;

export function indexRelations(upstream: UpstreamRelation[]): RelationIndex {
  const byName = new Map<string, UpstreamRelation | null>();
  for (const relation of upstream) {
    const parts = toSchemaTableName(relation).split(".");
    for (let start = 0; start < parts.length; start += 1) {
      const name = parts.slice(start).join(".");
      // A suffix two relations share (two schemas with one table name) names neither.
      const known = byName.get(name);
      byName.set(name, known === undefined || start === 0 ? relation : null);
    }
  }
  return (sourceName) => byName.get(foldName(sourceName)) ?? null;
}

/** Quotes off, one case: how warehouses compare unquoted names. */
export function foldName(name: string): string {
  return name.replace(/["`[\]]/g, "").toLowerCase();
}
