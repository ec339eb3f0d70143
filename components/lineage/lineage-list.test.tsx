import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ROWS_AT_FIRST } from "@/components/ui/show-all";
import type { LineageData, LineageNodeData } from "./lineage-data";
import { LineageList } from "./lineage-list";

const QUERY = { up: 2, down: 2, types: null };

function node(name: string, depth: number): LineageNodeData {
  return {
    kind: "node",
    id: `shop:model.shop.${name}`,
    uniqueId: `model.shop.${name}`,
    project: "shop",
    name,
    resourceType: "model",
    access: "public",
    version: null,
    group: null,
    external: false,
    depth,
  };
}

/** The focus with `perSide` nodes a hop apart on each side: up_1 … up_N, down_1 … down_N. */
function chain(perSide: number): LineageData {
  const up = Array.from({ length: perSide }, (_, i) =>
    node(`up_${i + 1}`, -(i + 1)),
  );
  const down = Array.from({ length: perSide }, (_, i) =>
    node(`down_${i + 1}`, i + 1),
  );
  const nodes = [...up, node("focus", 0), ...down];
  const path = [
    ...[...up].reverse(),
    nodes[perSide],
    ...down,
  ] as LineageNodeData[];
  return {
    focus: "shop:model.shop.focus",
    nodes,
    edges: path.slice(1).map((target, i) => ({
      source: path[i]?.id ?? "",
      target: target.id,
      crossProject: false,
      hidden: false,
      count: 1,
    })),
    total: nodes.length,
    collapsed: false,
    truncated: false,
  };
}

function rowsOf(html: string, label: string): string[] {
  const table =
    html.split(`aria-label="${label}"`)[1]?.split("</table>")[0] ?? "";
  return table.split("<tr").slice(2);
}

describe("LineageList", () => {
  test("a small view lists every node and edge, upstream first, with no way to show more", () => {
    const html = renderToStaticMarkup(
      <LineageList data={chain(3)} query={QUERY} />,
    );
    const rows = rowsOf(html, "Nodes in this lineage view");
    expect(rows.map((r) => />([a-z_0-9]+)<\/a>/.exec(r)?.[1])).toEqual([
      "up_3",
      "up_2",
      "up_1",
      "focus",
      "down_1",
      "down_2",
      "down_3",
    ]);
    expect(rowsOf(html, "Edges in this lineage view")).toHaveLength(6);
    expect(html).not.toContain("Show all");
  });

  test("a large view lists the nodes nearest the focus, still upstream first, and says how many there are", () => {
    const html = renderToStaticMarkup(
      <LineageList data={chain(60)} query={QUERY} />,
    );
    const rows = rowsOf(html, "Nodes in this lineage view");
    expect(rows).toHaveLength(ROWS_AT_FIRST);
    const names = rows.map((r) => />([a-z_0-9]+)<\/a>/.exec(r)?.[1]);
    expect(names).toContain("focus");
    expect(names).toContain("up_1");
    expect(names).toContain("down_1");
    expect(names).not.toContain("up_60");
    expect(names.indexOf("up_1")).toBeLessThan(names.indexOf("focus"));
    expect(names.indexOf("focus")).toBeLessThan(names.indexOf("down_1"));
    expect(html).toContain(`${ROWS_AT_FIRST} of 121 nodes shown`);
    expect(html).toContain("Show all 121 nodes");
    expect(rowsOf(html, "Edges in this lineage view")).toHaveLength(
      ROWS_AT_FIRST,
    );
    expect(html).toContain("Show all 120 edges");
  });
});
