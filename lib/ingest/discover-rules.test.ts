import { describe, expect, test } from "vitest";
import {
  classifyDirectory,
  isSkippedDirectory,
  pickArtifacts,
} from "./discover-rules";

const file = (name: string) => ({ name, isDirectory: false });
const dir = (name: string) => ({ name, isDirectory: true });

describe("classifyDirectory", () => {
  test.each([
    {
      entries: [file("manifest.json"), file("catalog.json")],
      kind: "artifacts",
    },
    { entries: [file("manifest.json.gz")], kind: "artifacts" },
    {
      entries: [file("dbt_project.yml"), dir("target"), dir("models")],
      kind: "project",
    },
    { entries: [file("dbt_project.yml"), dir("models")], kind: "project" },
    { entries: [dir("target")], kind: "project" },
    { entries: [dir("manifest.json")], kind: "other" },
    {
      entries: [file("README.md"), dir("finance"), dir("marketing")],
      kind: "other",
    },
  ])("$entries.0.name… is $kind", ({ entries, kind }) => {
    expect(classifyDirectory(entries).kind).toBe(kind);
  });
});

describe("pickArtifacts", () => {
  test("takes each kind as .json or .json.gz, preferring the plain file with a note", () => {
    expect(
      pickArtifacts([
        "manifest.json.gz",
        "catalog.json",
        "catalog.json.gz",
        "run_results.json.gz",
        "graph.gpickle",
        "sources.json",
        "semantic_manifest.json",
      ]),
    ).toEqual({
      files: {
        manifest: "manifest.json.gz",
        catalog: "catalog.json",
        run_results: "run_results.json.gz",
        sources: "sources.json",
        semantic_manifest: "semantic_manifest.json",
      },
      notes: [
        "both catalog.json and catalog.json.gz found; catalog.json was read",
      ],
    });
  });

  test("a manifest named by the user replaces the standard name", () => {
    expect(
      pickArtifacts(
        ["prod-manifest.json", "manifest.json"],
        "prod-manifest.json",
      ).files,
    ).toEqual({
      manifest: "prod-manifest.json",
    });
  });
});

test.each([
  ["node_modules", true],
  ["dbt_packages", true],
  ["dbt_modules", true],
  [".git", true],
  [".venv", true],
  ["finance", false],
  ["target", false],
])("isSkippedDirectory(%s) is %s", (name, expected) => {
  expect(isSkippedDirectory(name)).toBe(expected);
});
