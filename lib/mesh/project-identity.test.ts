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

  test.each([
    "<img src=x onerror=alert(1)>",
    "../../x",
    "finance/x",
    "9lives",
    "",
  ])("refuses the project name %j, from the manifest or the caller", (name) => {
    const manifest = load(
      "astronomer-cosmos/cross_project_downstream/manifest.json",
    );
    const named = {
      ...manifest,
      metadata: { ...manifest.metadata, projectName: name },
    };
    expect(() => resolveProjectName(named)).toThrow(
      name === "" ? /give the project name/ : /is not a dbt project name/,
    );
    const anonymous = {
      ...manifest,
      metadata: { ...manifest.metadata, projectName: null, projectId: null },
    };
    expect(() => resolveProjectName(anonymous, name)).toThrow(
      name === "" ? /give the project name/ : /is not a dbt project name/,
    );
  });
});
