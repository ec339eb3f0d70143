import { describe, expect, test } from "vitest";
import { loadFixtureJson } from "@/tests/fixture-files";
import { selectPackages } from "./select-packages";
import type { JsonObject } from "./types";

/*
 * shop.orders ──> pkg_a.helper ──> pkg_a.base        pkg_b.report
 *                                                     pkg_a.unused
 */
function smallManifest(): JsonObject {
  const node = (id: string, pkg: string, deps: string[] = []) => ({
    unique_id: id,
    package_name: pkg,
    depends_on: { nodes: deps },
  });
  return {
    metadata: { project_name: "shop" },
    nodes: {
      "model.shop.orders": node("model.shop.orders", "shop", [
        "model.pkg_a.helper",
      ]),
      "model.pkg_a.helper": node("model.pkg_a.helper", "pkg_a", [
        "model.pkg_a.base",
      ]),
      "model.pkg_a.base": node("model.pkg_a.base", "pkg_a"),
      "model.pkg_a.unused": node("model.pkg_a.unused", "pkg_a"),
      "model.pkg_b.report": node("model.pkg_b.report", "pkg_b"),
    },
    sources: {},
    parent_map: {
      "model.shop.orders": ["model.pkg_a.helper"],
      "model.pkg_b.report": [],
      "model.pkg_a.unused": [],
    },
  };
}

function nodeIds(manifest: JsonObject): string[] {
  return Object.keys(manifest.nodes as JsonObject).sort();
}

describe("selectPackages (dbt-loom's excluded_packages / included_packages)", () => {
  test.each([
    {
      filter: { mode: "exclude" as const, packages: ["pkg_b"] },
      kept: [
        "model.pkg_a.base",
        "model.pkg_a.helper",
        "model.pkg_a.unused",
        "model.shop.orders",
      ],
      dropped: { pkg_b: 1 },
      keptForDependencies: [],
    },
    {
      filter: { mode: "exclude" as const, packages: ["pkg_a", "pkg_b"] },
      kept: ["model.pkg_a.base", "model.pkg_a.helper", "model.shop.orders"],
      dropped: { pkg_a: 1, pkg_b: 1 },
      keptForDependencies: ["model.pkg_a.base", "model.pkg_a.helper"],
    },
    {
      filter: { mode: "include" as const, packages: ["pkg_b"] },
      kept: [
        "model.pkg_a.base",
        "model.pkg_a.helper",
        "model.pkg_b.report",
        "model.shop.orders",
      ],
      dropped: { pkg_a: 1 },
      keptForDependencies: ["model.pkg_a.base", "model.pkg_a.helper"],
    },
    {
      filter: { mode: "exclude" as const, packages: ["shop"] },
      kept: [
        "model.pkg_a.base",
        "model.pkg_a.helper",
        "model.pkg_a.unused",
        "model.pkg_b.report",
        "model.shop.orders",
      ],
      dropped: {},
      keptForDependencies: [],
    },
  ])(
    "$filter.mode $filter.packages: keeps the project's own nodes and what they depend on",
    ({ filter, kept, dropped, keptForDependencies }) => {
      const result = selectPackages(smallManifest(), filter, "shop");
      expect(nodeIds(result.manifest)).toEqual(kept);
      expect(result.dropped).toEqual(dropped);
      expect(result.keptForDependencies).toEqual(keptForDependencies);
    },
  );

  test("drops left-out ids from parent_map keys and values", () => {
    const { manifest } = selectPackages(
      smallManifest(),
      { mode: "exclude", packages: ["pkg_a", "pkg_b"] },
      "shop",
    );
    expect(manifest.parent_map).toEqual({
      "model.shop.orders": ["model.pkg_a.helper"],
    });
  });

  test("never changes the manifest it is given", () => {
    const original = smallManifest();
    const before = JSON.stringify(original);
    const result = selectPackages(
      original,
      { mode: "exclude", packages: ["pkg_a", "pkg_b"] },
      "shop",
    );
    expect(JSON.stringify(original)).toBe(before);
    expect(result.manifest).not.toBe(original);
    expect(result.manifest.nodes).not.toBe(original.nodes);
  });

  test("a real manifest: excluding elementary leaves jaffle_shop whole", () => {
    const manifest = loadFixtureJson(
      "dbt-artifacts-parser/manifest/v12/jaffle_shop/manifest_1.9.json",
    ) as JsonObject;
    const result = selectPackages(
      manifest,
      { mode: "exclude", packages: ["elementary"] },
      "jaffle_shop",
    );
    const packages = (m: JsonObject) =>
      new Set(
        ["nodes", "sources"].flatMap((s) =>
          Object.values(m[s] as Record<string, { package_name: string }>).map(
            (n) => n.package_name,
          ),
        ),
      );
    expect(packages(result.manifest)).toEqual(new Set(["jaffle_shop"]));
    expect(result.dropped).toEqual({ elementary: 32 });
    expect(nodeIds(result.manifest).length).toBe(
      Object.values(
        manifest.nodes as Record<string, { package_name: string }>,
      ).filter((n) => n.package_name === "jaffle_shop").length,
    );
  });

  test("a real manifest: an excluded package that a kept package builds on stays", () => {
    const manifest = loadFixtureJson(
      "dbt-bouncer/dbt_16/manifest.json",
    ) as JsonObject;
    const result = selectPackages(
      manifest,
      { mode: "exclude", packages: ["tiktok_ads_source"] },
      "dbt_bouncer_test_project",
    );
    expect(result.keptForDependencies.length).toBeGreaterThan(0);
    expect(
      result.keptForDependencies.every(
        (id) => id.split(".")[1] === "tiktok_ads_source",
      ),
    ).toBe(true);
  });
});
