import type {
  Cardinality,
  Relationship,
  RelationshipSource,
  Star,
  StarTable,
} from "@/lib/mesh/star/types";

export type JoinLine = {
  id: string;
  from: StarTable;
  to: StarTable;
  /** The SQL condition, tables named as the reader would alias them. */
  condition: string;
  /** The referencing columns of `from` and the referenced ones of `to`, pairwise. */
  fromColumns: string[];
  toColumns: string[];
  cardinality: Cardinality;
  sources: RelationshipSource[];
  isCrossProject: boolean;
  /** How the focus takes part: it joins `to`, `from` joins it, or neither (upstream stars). */
  direction: "joins" | "joined_by" | "among";
};

const CARDINALITY_LABELS: Record<Cardinality, string> = {
  many_to_one: "many-to-one",
  one_to_one: "one-to-one",
  unknown: "cardinality unknown",
};

/** "many-to-one", "one-to-one" or "cardinality unknown". */
export function describeCardinality(cardinality: Cardinality): string {
  return CARDINALITY_LABELS[cardinality];
}

const SOURCE_LABELS: Record<RelationshipSource, string> = {
  test: "relationships test",
  constraint: "foreign key constraint",
  entity: "semantic entities",
};

/** Where a join is declared, as a reader would say it. */
export function describeSource(source: RelationshipSource): string {
  return SOURCE_LABELS[source];
}

/**
 * The name each table goes by in a join condition: its model name, with its
 * version when two versions of one model (or two projects' tables of one
 * name) meet in the star.
 */
export function nameTables(tables: readonly StarTable[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const t of tables) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  return new Map(
    tables.map((t) => {
      if ((counts.get(t.name) ?? 0) < 2) return [t.key, t.name];
      const suffix = t.version ? `v${t.version}` : t.project;
      return [t.key, `${t.name}_${suffix}`];
    }),
  );
}

/** `a.x = b.x and a.y = b.y`: the condition of one relationship. */
export function formatCondition(
  relationship: Relationship,
  names: ReadonlyMap<string, string>,
): string {
  const from = names.get(relationship.from.table) ?? relationship.from.table;
  const to = names.get(relationship.to.table) ?? relationship.to.table;
  return relationship.from.columns
    .map(
      (column, i) =>
        `${from}.${column} = ${to}.${relationship.to.columns[i] ?? column}`,
    )
    .join(" and ");
}

/**
 * How to join the star, one line per relationship: the joins the focus makes
 * first, then those made to it, then the rest (an upstream star's); each with
 * its condition, cardinality and where it is declared. Relationships of a
 * table with itself are left out: they are not a join to another table.
 */
export function describeJoins(star: Star): JoinLine[] {
  const tables = new Map(star.tables.map((t) => [t.key, t]));
  const names = nameTables(star.tables);
  const order = { joins: 0, joined_by: 1, among: 2 } as const;
  return star.relationships
    .flatMap((r): JoinLine[] => {
      const from = tables.get(r.from.table);
      const to = tables.get(r.to.table);
      if (!from || !to || from.key === to.key) return [];
      const direction =
        from.key === star.focus
          ? "joins"
          : to.key === star.focus
            ? "joined_by"
            : "among";
      return [
        {
          id: `${r.from.table}(${r.from.columns.join(",")})>${r.to.table}(${r.to.columns.join(",")})`,
          from,
          to,
          condition: formatCondition(r, names),
          fromColumns: r.from.columns,
          toColumns: r.from.columns.map((c, i) => r.to.columns[i] ?? c),
          cardinality: r.cardinality,
          sources: r.sources,
          isCrossProject: r.isCrossProject,
          direction,
        },
      ];
    })
    .sort(
      (a, b) =>
        order[a.direction] - order[b.direction] ||
        a.from.name.localeCompare(b.from.name) ||
        a.to.name.localeCompare(b.to.name),
    );
}
