import { Position, type NodeHandle } from "@xyflow/react";
import type {
  LayoutPortInput,
  LayoutRequest,
} from "@/components/graph/layout-types";
import { sameColumn } from "@/lib/mesh/star/identifiers";
import type { Star, StarColumn, StarTable } from "@/lib/mesh/star/types";

export const TABLE_WIDTH = 280;
export const HEADER_HEIGHT = 50;
export const ROW_HEIGHT = 26;
/** Columns a table shows besides its keys; the rest are counted. */
export const MAX_COLUMNS = 9;

export type ShownTable = {
  table: StarTable;
  columns: StarColumn[];
  /** Columns not drawn (the table list below has them all). */
  hidden: number;
  width: number;
  height: number;
};

/** The table's own header port, for "built from" edges. */
export const HEADER_PORT = "@table";

/** Columns a relationship of the star attaches to, per table. */
function joinColumns(star: Star): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  const add = (table: string, columns: string[]) =>
    byTable.set(table, [...(byTable.get(table) ?? []), ...columns]);
  for (const r of star.relationships) {
    add(r.from.table, r.from.columns);
    add(r.to.table, r.to.columns);
  }
  return byTable;
}

/**
 * What a table shows in the diagram: its keys and join columns first (always
 * all of them), then its other columns up to `MAX_COLUMNS`; its size follows.
 */
export function selectShownColumns(
  table: StarTable,
  joined: readonly string[] = [],
): ShownTable {
  const isKey = (c: StarColumn) =>
    c.isPrimaryKey ||
    c.isForeignKey ||
    joined.some((name) => sameColumn(name, c.name));
  const keys = table.columns.filter(isKey);
  const rest = table.columns.filter((c) => !isKey(c));
  const room = Math.max(MAX_COLUMNS - keys.length, 0);
  const columns = [...keys, ...rest.slice(0, room)];
  const hidden = rest.length - Math.min(rest.length, room);
  const rows = columns.length + (hidden > 0 ? 1 : 0);
  return {
    table,
    columns,
    hidden,
    width: TABLE_WIDTH,
    height: HEADER_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT + 6,
  };
}

/** Every table of the star as drawn. */
export function shapeTables(star: Star): ShownTable[] {
  const joined = joinColumns(star);
  return star.tables.map((t) => selectShownColumns(t, joined.get(t.key)));
}

export function portId(
  table: string,
  column: string,
  side: "left" | "right",
): string {
  return `${table}|${column.toLowerCase()}|${side}`;
}

/** The middle of a column's row, from the table's top; the header's middle for the table port. */
export function rowY(shown: ShownTable, column: string): number {
  if (column === HEADER_PORT) return HEADER_HEIGHT / 2;
  const index = shown.columns.findIndex((c) => sameColumn(c.name, column));
  return HEADER_HEIGHT + Math.max(index, 0) * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** Ports on both sides of every shown column and of the header. */
export function listPorts(shown: ShownTable): LayoutPortInput[] {
  const names = [HEADER_PORT, ...shown.columns.map((c) => c.name)];
  return names.flatMap((name) =>
    (["left", "right"] as const).map((side) => ({
      id: portId(shown.table.key, name, side),
      side,
      y: rowY(shown, name),
    })),
  );
}

/** The same ports as React Flow handles: sources on the right, targets on the left. */
export function toHandles(shown: ShownTable): NodeHandle[] {
  return listPorts(shown).map((port) => ({
    id: port.id,
    type: port.side === "right" ? "source" : "target",
    position: port.side === "right" ? Position.Right : Position.Left,
    x: port.side === "right" ? shown.width - 1 : 0,
    y: port.y - 0.5,
    width: 1,
    height: 1,
  }));
}

export type StarEdgeSpec = {
  id: string;
  source: string;
  target: string;
  sourcePort: string;
  targetPort: string;
  kind: "relationship" | "built_from";
  relationshipIndex: number | null;
};

/**
 * The diagram's edges: each relationship from the referencing column (right
 * side of its table) to the referenced one (left side), so facts sit left of
 * their dimensions; for a star built upstream, each parent's header to the
 * product's.
 */
export function listStarEdges(star: Star): StarEdgeSpec[] {
  const relationships = star.relationships.flatMap(
    (r, index): StarEdgeSpec[] =>
      r.from.table === r.to.table
        ? []
        : [
            {
              id: `rel:${index}`,
              source: r.from.table,
              target: r.to.table,
              sourcePort: portId(
                r.from.table,
                r.from.columns[0] ?? "",
                "right",
              ),
              targetPort: portId(r.to.table, r.to.columns[0] ?? "", "left"),
              kind: "relationship",
              relationshipIndex: index,
            },
          ],
  );
  const builtFrom = star.tables
    .filter((t) => t.role === "built_from")
    .map((t): StarEdgeSpec => ({
      id: `built:${t.key}`,
      source: t.key,
      target: star.focus,
      sourcePort: portId(t.key, HEADER_PORT, "right"),
      targetPort: portId(star.focus, HEADER_PORT, "left"),
      kind: "built_from",
      relationshipIndex: null,
    }));
  return [...relationships, ...builtFrom];
}

export function toStarLayoutRequest(star: Star): LayoutRequest {
  return {
    nodes: shapeTables(star).map((shown) => ({
      id: shown.table.key,
      width: shown.width,
      height: shown.height,
      ports: listPorts(shown),
    })),
    edges: listStarEdges(star),
    hasLanes: false,
    layerSpacing: 90,
    nodeSpacing: 32,
    edgeRouting: "orthogonal",
  };
}
