/**
 * The project's own generator of dbt artifacts: a realistic sample mesh
 * for the demo and tests, and synthetic meshes of any size for benchmarks.
 */
import { ARTIFACT_FILE_NAMES as FILE_NAMES } from "@/lib/artifacts/types";

export type { SampleProject } from "./build/project";
export { DEFAULT_NOW, generateSampleMesh } from "./mesh";
export type { SyntheticOptions } from "./synthetic";
export { generateSyntheticMesh } from "./synthetic";
export type { JsonObject, JsonValue } from "./serialize";
export { streamDbtJson, toDbtJson } from "./serialize";

/** The file each artifact has in a project's target/ folder (the sample's own keys). */
export const ARTIFACT_FILE_NAMES = {
  manifest: FILE_NAMES.manifest,
  catalog: FILE_NAMES.catalog,
  runResults: FILE_NAMES.run_results,
  sources: FILE_NAMES.sources,
  semanticManifest: FILE_NAMES.semantic_manifest,
} as const;
