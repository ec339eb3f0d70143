import { ArtifactError } from "./errors";
import type { ArtifactKind } from "./types";

/** Manifest schema versions the catalog reads: dbt 1.0 (v4) to dbt 1.10+ and Fusion (v12). */
export const SUPPORTED_MANIFEST_VERSIONS = { min: 4, max: 12 } as const;

const SCHEMA_URL =
  /\/dbt\/(manifest|catalog|run-results|sources)\/v(\d+)\.json/;
const KIND_BY_SCHEMA: Record<string, ArtifactKind> = {
  manifest: "manifest",
  catalog: "catalog",
  "run-results": "run_results",
  sources: "sources",
};
const LABEL: Record<ArtifactKind, string> = {
  manifest: "a manifest.json",
  catalog: "a catalog.json",
  run_results: "a run_results.json",
  sources: "a sources.json",
  semantic_manifest: "a semantic_manifest.json",
};

export type DetectedArtifact =
  | { kind: ArtifactKind; schemaVersion: number | null }
  | { kind: "legacy_manifest" };

/** Tells which dbt artifact a parsed document is, from its schema URL or, failing that, its shape. */
export function detectArtifact(doc: unknown): DetectedArtifact | null {
  if (!isObject(doc)) return null;
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const schemaUrl =
    typeof metadata.dbt_schema_version === "string"
      ? metadata.dbt_schema_version
      : "";
  const match = SCHEMA_URL.exec(schemaUrl);
  const kind = match?.[1] === undefined ? undefined : KIND_BY_SCHEMA[match[1]];
  if (kind !== undefined) return { kind, schemaVersion: Number(match?.[2]) };
  if (
    "semantic_models" in doc &&
    ("project_configuration" in doc || "metrics" in doc) &&
    !("nodes" in doc)
  ) {
    return { kind: "semantic_manifest", schemaVersion: null };
  }
  if ("nodes" in doc && "macros" in doc) return { kind: "legacy_manifest" };
  return null;
}

/**
 * Checks that `doc` is the artifact expected (a catalog passed as the manifest
 * is refused with a message saying so) and returns its schema version.
 */
export function expectArtifact(
  file: string,
  doc: unknown,
  expected: ArtifactKind,
): number | null {
  if (!isObject(doc))
    throw new ArtifactError(
      file,
      `is not ${LABEL[expected]}: the document is not a JSON object`,
    );
  const detected = detectArtifact(doc);
  if (detected === null) {
    throw new ArtifactError(
      file,
      `is not ${LABEL[expected]}: no dbt schema version in metadata and not a shape dbt writes`,
    );
  }
  if (detected.kind === "legacy_manifest") {
    if (expected !== "manifest")
      throw new ArtifactError(
        file,
        `is a manifest.json, not ${LABEL[expected]}`,
      );
    throw new ArtifactError(
      file,
      "is a manifest from before dbt 0.19 (no dbt_schema_version); re-run dbt 1.0 or later",
    );
  }
  if (detected.kind !== expected) {
    throw new ArtifactError(
      file,
      `is ${LABEL[detected.kind]}, not ${LABEL[expected]}`,
    );
  }
  if (expected === "manifest")
    assertSupportedManifest(file, detected.schemaVersion ?? 0);
  return detected.schemaVersion;
}

function assertSupportedManifest(file: string, version: number): void {
  const { min, max } = SUPPORTED_MANIFEST_VERSIONS;
  if (version < min) {
    throw new ArtifactError(
      file,
      `uses manifest schema v${version} (dbt before 1.0), which is not supported: ingest needs v${min} (dbt 1.0) to v${max}`,
    );
  }
  if (version > max) {
    throw new ArtifactError(
      file,
      `uses manifest schema v${version}, newer than this catalog reads (v${min} to v${max})`,
    );
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
