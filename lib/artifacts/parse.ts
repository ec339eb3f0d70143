import { parseCatalog } from "./catalog";
import { toText } from "./decode";
import { ArtifactError } from "./errors";
import { parseJson } from "./json";
import { parseManifest } from "./manifest";
import { parseRunResults } from "./run-results";
import { parseSemanticManifest } from "./semantic-manifest";
import { parseSources } from "./sources";
import {
  ARTIFACT_FILE_NAMES,
  type ArtifactKind,
  type ArtifactSet,
} from "./types";

/** One artifact's plain (already decompressed) bytes and the name to report it by. */
export type ArtifactInput = { file: string; bytes: Uint8Array };

export type ArtifactInputs = Partial<Record<ArtifactKind, ArtifactInput>>;

/**
 * Parses the artifacts of one project: the manifest is required, the others
 * optional; `moreRunResults` are further run_results.json of the same project.
 * Any bad artifact rejects the whole set, so nothing half-read is kept.
 */
export function parseArtifactSet(
  inputs: ArtifactInputs,
  moreRunResults: readonly ArtifactInput[] = [],
): ArtifactSet {
  const manifest = inputs.manifest;
  if (!manifest)
    throw new ArtifactError(
      ARTIFACT_FILE_NAMES.manifest,
      "is required and was not given",
    );
  return {
    manifest: parseManifest(manifest.file, readJson(manifest)),
    catalog: inputs.catalog
      ? parseCatalog(inputs.catalog.file, readJson(inputs.catalog))
      : null,
    runResults: inputs.run_results
      ? parseRunResults(inputs.run_results.file, readJson(inputs.run_results))
      : null,
    moreRunResults: moreRunResults.map((input) =>
      parseRunResults(input.file, readJson(input)),
    ),
    sources: inputs.sources
      ? parseSources(inputs.sources.file, readJson(inputs.sources))
      : null,
    semanticManifest: inputs.semantic_manifest
      ? parseSemanticManifest(
          inputs.semantic_manifest.file,
          readJson(inputs.semantic_manifest),
        )
      : null,
  };
}

function readJson(input: ArtifactInput): unknown {
  return parseJson(input.file, toText(input.file, input.bytes));
}
