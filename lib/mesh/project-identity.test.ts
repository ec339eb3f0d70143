import { describe, expect, test } from "vitest";
import { parseManifest } from "@/lib/artifacts/manifest";
import { loadFixtureJson } from "@/tests/fixture-files";
import { findRootPackage, resolveProjectName } from "./project-identity";

const load = (file: string) => parseManifest(file, loadFixtureJson(file));

describe("resolveProjectName", () => {
  test("uses metadata.project_name when the manifest has it", () => {
    expect(
      resolveProjectName(
        load("astronomer-cosmos/cross_project_downstream/manifest.json"),
      ),
    ).toBe("downstream");
  });

  test.each([
    {
      file: "dbt-multi-project/marketplace_others/manifest.json",
      root: "marketplace_others",
    },
    {
      file: "dbt-multi-project/marketplace_sp/manifest.json",
      root: "marketplace_sp",
    },
    // the docs site wraps the Tuva package (425 nodes) in a small root project
    { file: "tuva/manifest.json", root: "input_layer" },
  ])(
    "finds the root package of $file from project_id, not the package with most nodes",
    ({ file, root }) => {
      expect(findRootPackage(load(file))).toBe(root);
      expect(resolveProjectName(load(file))).toBe(root);
    },
  );

  test("refuses a name that contradicts the manifest", () => {
    expect(() =>
      resolveProjectName(
        load("astronomer-cosmos/cross_project_downstream/manifest.json"),
        "finance",
      ),
    ).toThrow('the manifest is for project "downstream", not "finance"');
  });

  test("takes the given name when the manifest cannot tell", () => {
    const manifest = load("tuva/manifest.json");
    const anonymous = {
      ...manifest,
      metadata: { ...manifest.metadata, projectId: null },
    };
    expect(resolveProjectName(anonymous, "tuva")).toBe("tuva");
    expect(() => resolveProjectName(anonymous)).toThrow(
      /give the project name/,
    );
  });
});
