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

/** One query an analyst can paste into a model, with what it returns and why it is safe. */
export type JoinQuery = { title: string; why: string; sql: string };

export type JoinAdvice = {
  queries: JoinQuery[];
  /** Said when joining everything to the product at once would repeat its rows. */
  fanOutWarning: string | null;
};

/**
 * Queries a data engineer would sign, never one that fans out. A join keeps
 * the grain of the table it starts from only when each of its rows matches at
 * most one row of the other: the tables the product references (many-to-one,
 * one-to-one) join it in one query. A table that references the product
 * (a fact of a dimension) has many rows per product row: joined to the
 * product it repeats the product's rows, and two such tables multiply each
 * other (the chasm trap), so each is offered from its own side, and all of
 * them aggregated to the product's grain first. A reference of unknown
 * cardinality is joined, and said to be unchecked.
 */
export function adviseJoins(
  focus: StarTable,
  lines: readonly JoinLine[],
  names: ReadonlyMap<string, string>,
): JoinAdvice {
  const alias = (t: StarTable) => names.get(t.key) ?? t.name;
  const product = alias(focus);
  const referenced = uniqueBy(
    lines.filter(
      (l) =>
        l.direction === "joins" ||
        (l.direction === "joined_by" && l.cardinality === "one_to_one"),
    ),
    (l) => otherSide(l).key,
  );
  const fanning = uniqueBy(
    lines.filter(
      (l) => l.direction === "joined_by" && l.cardinality !== "one_to_one",
    ),
    (l) => l.from.key,
  );
  const queries: JoinQuery[] = [];
  if (referenced.length > 0)
    queries.push(referencedQuery(focus, referenced, alias));
  for (const line of fanning)
    queries.push({
      title: `Each ${alias(line.from)} row with its ${product}`,
      why: `${alias(line.from)} has many rows per ${product} row: starting from it keeps one row per ${alias(line.from)} row.`,
      sql: [
        "select *",
        `from ${toRefCall(line.from)} as ${alias(line.from)}`,
        `left join ${toRefCall(focus)} as ${product}`,
        `  on ${line.condition}`,
      ].join("\n"),
    });
  if (fanning.length > 0) queries.push(aggregatedQuery(focus, fanning, alias));
  return { queries, fanOutWarning: describeFanOut(product, fanning, alias) };
}

function referencedQuery(
  focus: StarTable,
  lines: readonly JoinLine[],
  alias: (t: StarTable) => string,
): JoinQuery {
  const product = alias(focus);
  const unchecked = lines.filter((l) => l.cardinality === "unknown");
  const others = lines.map((l) => alias(otherSide(l)));
  return {
    title: `${product} with ${listNames(others)}`,
    why:
      unchecked.length === 0
        ? `Each ${product} row matches at most one row of ${lines.length === 1 ? "it" : "each"}: one row per ${product} row.`
        : `One row per ${product} row, provided ${listNames(unchecked.map((l) => alias(otherSide(l))))} ${unchecked.length === 1 ? "is" : "are"} unique on the join key: nothing declares it, so check it, or rows repeat.`,
    sql: [
      "select *",
      `from ${toRefCall(focus)} as ${product}`,
      ...lines.map(
        (l) =>
          `left join ${toRefCall(otherSide(l))} as ${alias(otherSide(l))}\n  on ${l.condition}`,
      ),
    ].join("\n"),
  };
}

/** Each fanning table counted per product row in a CTE, then joined one-to-one. */
function aggregatedQuery(
  focus: StarTable,
  lines: readonly JoinLine[],
  alias: (t: StarTable) => string,
): JoinQuery {
  const product = alias(focus);
  const ctes = lines.map((l) => {
    const name = `${alias(l.from)}_per_${product}`;
    const keys = l.fromColumns.join(", ");
    return {
      line: l,
      name,
      rows: `${alias(l.from)}_rows`,
      sql: [
        `${name} as (`,
        `  select ${keys}, count(*) as ${alias(l.from)}_rows  -- add the sums you need`,
        `  from ${toRefCall(l.from)}`,
        `  group by ${keys}`,
        `)`,
      ].join("\n"),
    };
  });
  return {
    title: `${product} with ${listNames(lines.map((l) => alias(l.from)))} aggregated to it`,
    why: `Each is first reduced to one row per ${product} row, so no ${product} row repeats and sums stay right.`,
    sql: [
      `with ${ctes.map((c) => c.sql).join(",\n")}`,
      "select",
      `  ${product}.*,`,
      ctes
        .map((c) => `  coalesce(${c.name}.${c.rows}, 0) as ${c.rows}`)
        .join(",\n"),
      `from ${toRefCall(focus)} as ${product}`,
      ...ctes.map(
        (c) =>
          `left join ${c.name}\n  on ${c.line.toColumns
            .map(
              (to, i) =>
                `${product}.${to} = ${c.name}.${c.line.fromColumns[i] ?? to}`,
            )
            .join(" and ")}`,
      ),
    ].join("\n"),
  };
}

function describeFanOut(
  product: string,
  lines: readonly JoinLine[],
  alias: (t: StarTable) => string,
): string | null {
  const tables = lines.map((l) => alias(l.from));
  if (tables.length === 0) return null;
  if (tables.length === 1)
    return `Joining ${tables[0]} to ${product} repeats each ${product} row once per matching ${tables[0]} row: sum a ${product} column over it and the total is wrong.`;
  return `Do not join ${listNames(tables)} to ${product} in one query: each ${product} row would repeat once per combination of their rows (a fan-out, the chasm trap), and every sum over it would be wrong. Query each from its own side, or aggregate each to ${product} first, as below.`;
}

function otherSide(line: JoinLine): StarTable {
  return line.direction === "joins" ? line.to : line.from;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
