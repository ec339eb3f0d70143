import { sameColumn } from "./identifiers";
import type { TableKeys } from "./keys";
import { deriveRelationships } from "./relationships";
import type {
  Relationship,
  Star,
  StarColumn,
  StarInputs,
  StarTable,
  StarTableInput,
  StarTableRole,
} from "./types";

/** Whether the product joins, or is joined by, any other table of the inputs. */
export function hasOwnRelationships(
  inputs: StarInputs,
  focus: string,
): boolean {
  return deriveRelationships(inputs).relationships.some(
    (r) => r.from.table !== r.to.table && touches(r, new Set([focus])),
  );
}

/**
 * The star a product belongs to: the product, the tables it joins and the
 * tables that join it, with every relationship among them. A product with no
 * relationships of its own (a one-big-table product) gets the star it was
 * built from instead: its parents (`parents`), the tables they join or are
 * joined by, and those relationships.
 */
export function buildStar(
  inputs: StarInputs,
  focus: string,
  parents: readonly string[] = [],
): Star {
  const { relationships, keys } = deriveRelationships(inputs);
  const tables = new Map(inputs.tables.map((t) => [t.key, t]));
  const known = relationships.filter(
    (r) => tables.has(r.from.table) && tables.has(r.to.table),
  );
  const own = known.filter(
    (r) => r.from.table !== r.to.table && touches(r, new Set([focus])),
  );
  const kind = own.length > 0 ? "star" : "upstream";
  const builtFrom = new Set(
    kind === "upstream" ? parents.filter((p) => tables.has(p)) : [],
  );
  const core = kind === "star" ? new Set([focus]) : builtFrom;
  const members = new Set([focus, ...builtFrom]);
  for (const r of known) {
    if (!touches(r, core)) continue;
    members.add(r.from.table);
    members.add(r.to.table);
  }
  const chosen = known.filter(
    (r) => members.has(r.from.table) && members.has(r.to.table),
  );
  const roleOf = (key: string): StarTableRole =>
    key === focus ? "focus" : builtFrom.has(key) ? "built_from" : "joined";
  return {
    focus,
    kind,
    tables: [...members]
      .flatMap((key) => {
        const table = tables.get(key);
        return table
          ? [describeTable(table, roleOf(key), keys.get(key), chosen)]
          : [];
      })
      .sort(compareTables),
    relationships: chosen,
  };
}

function touches(r: Relationship, keys: ReadonlySet<string>): boolean {
  return keys.has(r.from.table) || keys.has(r.to.table);
}

const ROLE_ORDER: Record<StarTableRole, number> = {
  focus: 0,
  built_from: 1,
  joined: 2,
};

function compareTables(a: StarTable, b: StarTable): number {
  return (
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
    a.project.localeCompare(b.project) ||
    a.name.localeCompare(b.name) ||
    a.key.localeCompare(b.key)
  );
}

function describeTable(
  table: StarTableInput,
  role: StarTableRole,
  keys: TableKeys | undefined,
  relationships: Relationship[],
): StarTable {
  const { columns, constraints: _constraints, ...rest } = table;
  const primary = keys?.primary ?? [];
  const singleUniques = (keys?.uniques ?? []).flatMap((set) =>
    set.length === 1 ? set : [],
  );
  const foreign = relationships.flatMap((r) =>
    r.from.table === table.key ? r.from.columns : [],
  );
  const referenced = relationships.flatMap((r) =>
    r.to.table === table.key ? r.to.columns : [],
  );
  const has = (list: string[], name: string) =>
    list.some((c) => sameColumn(c, name));
  const described: StarColumn[] = columns.map((c) => ({
    name: c.name,
    dataType: c.dataType,
    description: c.description,
    isPrimaryKey: has(primary, c.name),
    isUnique: has(singleUniques, c.name),
    isForeignKey: has(foreign, c.name),
    isDeclared: true,
  }));
  for (const name of [...primary, ...foreign, ...referenced]) {
    if (
      has(
        described.map((c) => c.name),
        name,
      )
    )
      continue;
    described.push({
      name,
      dataType: null,
      description: "",
      isPrimaryKey: has(primary, name),
      isUnique: has(singleUniques, name),
      isForeignKey: has(foreign, name),
      isDeclared: false,
    });
  }
  return { ...rest, role, primaryKey: primary, columns: described };
}
