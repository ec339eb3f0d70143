import "server-only";
import type { DetailsOf, NodeDetailsKind } from "@/lib/artifacts/node-details";

type FieldOf<K extends NodeDetailsKind> = Exclude<
  keyof DetailsOf<K>,
  "version" | "kind"
> &
  string;

/**
 * SQL reading one field of a node's stored details, null for a node of
 * another kind: `CASE WHEN n.details->>'kind' = 'source' THEN
 * n.details->>'sourceName' END`. The field name is checked against the
 * details type of `kind`, so SQL and TypeScript name the same field; it is
 * read as text. Only for the code's own aliases: anything from outside is a
 * parameter.
 */
export function detailsFieldSql<K extends NodeDetailsKind>(
  alias: string,
  kind: K,
  field: FieldOf<K>,
): string {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`"${alias}" is not an alias`);
  return `CASE WHEN ${alias}.details->>'kind' = '${kind}' THEN ${alias}.details->>'${field}' END`;
}
