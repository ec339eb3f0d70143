/**
 * The project's own generator of dbt artifacts: a realistic sample mesh
 * for the demo and tests, and synthetic meshes of any size for benchmarks.
 */
export type { SampleProject } from "./build/project";
export { DEFAULT_NOW, generateSampleMesh } from "./mesh";
export type { SyntheticOptions } from "./synthetic";
export { generateSyntheticMesh } from "./synthetic";
export type { JsonObject, JsonValue } from "./serialize";
export { streamDbtJson, toDbtJson } from "./serialize";

/** The file each artifact has in a project's target/ folder. */
export const ARTIFACT_FILE_NAMES = {
  manifest: "manifest.json",
  catalog: "catalog.json",
  runResults: "run_results.json",
  sources: "sources.json",
  semanticManifest: "semantic_manifest.json",
} as const;
