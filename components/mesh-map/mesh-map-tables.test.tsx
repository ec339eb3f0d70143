import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { MeshMapData } from "./mesh-map-data";
import { ROWS_AT_FIRST } from "@/components/ui/show-all";
import { MeshMapTables } from "./mesh-map-tables";

function mesh(projects: number): MeshMapData {
  const names = Array.from(
    { length: projects },
    (_, i) => `p${String(i).padStart(3, "0")}`,
  );
  return {
    projects: names.map((name) => ({
      name,
      models: 10,
      publicModels: 2,
      isExternal: false,
      producers: 1,
      consumers: 1,
      maturity: null,
    })),
    dependencies: names.slice(1).map((consumer, i) => ({
      producer: names[i] ?? "",
      consumer,
      refs: 1,
      unresolved: 0,
      isTwoWay: false,
    })),
  };
}

function rowsOf(html: string, label: string): number {
  const table = html.split(`aria-label="${label}"`)[1]?.split("</table>")[0];
  return (table?.match(/<tr/g)?.length ?? 1) - 1;
}

describe("MeshMapTables", () => {
  test("a small mesh shows every row, and no way to show more", () => {
    const html = renderToStaticMarkup(
      <MeshMapTables data={mesh(5)} onShowRefs={() => {}} />,
    );
    expect(rowsOf(html, "Projects on the mesh map")).toBe(5);
    expect(rowsOf(html, "Dependencies: consumer uses producer")).toBe(4);
    expect(html).not.toContain("Show all");
  });

  test("a large mesh shows the first rows and says how many there are", () => {
    const html = renderToStaticMarkup(
      <MeshMapTables data={mesh(120)} onShowRefs={() => {}} />,
    );
    expect(rowsOf(html, "Projects on the mesh map")).toBe(ROWS_AT_FIRST);
    expect(rowsOf(html, "Dependencies: consumer uses producer")).toBe(
      ROWS_AT_FIRST,
    );
    expect(html).toContain(`${ROWS_AT_FIRST} of 120 projects shown`);
    expect(html).toContain("Show all 120 projects");
    expect(html).toContain("Show all 119 dependencies");
  });
});
