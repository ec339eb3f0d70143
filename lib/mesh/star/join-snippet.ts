import type { StarTable } from "@/lib/mesh/star/types";
import type { JoinLine } from "./join-conditions";

function quote(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/**
 * How a dbt model reads a table of the star: `source()` for a source,
 * dbt Mesh's two-argument `ref()` for a public model (any project may use
 * it), a plain `ref()` otherwise. A version is pinned: the diagram shows that
 * version's columns.
 */
export function toRefCall(table: StarTable): string {
  if (table.resourceType === "source") {
    const [, , sourceName, ...rest] = table.uniqueId.split(".");
    return `{{ source(${quote(sourceName ?? "")}, ${quote(rest.join(".") || table.name)}) }}`;
  }
  const version = table.version
    ? `, v=${/^\d+(\.\d+)?$/.test(table.version) ? table.version : quote(table.version)}`
    : "";
  return table.access === "public"
    ? `{{ ref(${quote(table.project)}, ${quote(table.name)}${version}) }}`
    : `{{ ref(${quote(table.name)}${version}) }}`;
}

/**
 * A query that starts from the product and joins every table it joins or is
 * joined by, on the star's conditions: what an analyst pastes into a model.
 * Null when the product joins nothing itself (a one-big-table product).
 */
export function buildJoinSnippet(
  focus: StarTable,
  lines: readonly JoinLine[],
  names: ReadonlyMap<string, string>,
): string | null {
  const own = lines.filter((l) => l.direction !== "among");
  if (own.length === 0) return null;
  const alias = (t: StarTable) => names.get(t.key) ?? t.name;
  const joined = new Set<string>();
  const joins = own.flatMap((line) => {
    const other = line.direction === "joins" ? line.to : line.from;
    if (joined.has(other.key)) return [];
    joined.add(other.key);
    return [
      `left join ${toRefCall(other)} as ${alias(other)}\n  on ${line.condition}`,
    ];
  });
  return [
    `select *`,
    `from ${toRefCall(focus)} as ${alias(focus)}`,
    ...joins,
  ].join("\n");
}
