import { createHash } from "node:crypto";
import { inflateArtifact } from "@/lib/artifacts/decode";
import type { ArtifactInput, ArtifactInputs } from "@/lib/artifacts/parse";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { RawArtifact } from "./ingest-project";

/** An ingest's artifacts decompressed: one of each kind, and any further run_results.json. */
export type InflatedArtifacts = {
  inputs: ArtifactInputs;
  moreRunResults: ArtifactInput[];
};

/**
 * Decompresses every artifact under the size cap. Of several run_results.json,
 * the first is the run_results, whether it came as one or among the others.
 */
export function inflateAll(
  given: Partial<Record<ArtifactKind, RawArtifact>>,
  moreRunResults: readonly RawArtifact[],
  maxBytes: number,
): InflatedArtifacts {
  const [runResults, ...more] = [
    ...(given.run_results ? [given.run_results] : []),
    ...moreRunResults,
  ];
  const artifacts = { ...given, run_results: runResults };
  const inflate = (raw: RawArtifact): ArtifactInput => ({
    file: raw.file,
    bytes: inflateArtifact(raw.file, raw.bytes, maxBytes),
  });
  const inputs: ArtifactInputs = {};
  for (const [kind, raw] of Object.entries(artifacts) as [
    ArtifactKind,
    RawArtifact | undefined,
  ][]) {
    if (raw) inputs[kind] = inflate(raw);
  }
  return { inputs, moreRunResults: more.map(inflate) };
}

/**
 * Content hashes of the artifacts, by kind; further run_results.json are
 * `run_results.2`, `run_results.3`..., so a single one hashes as before.
 */
export function hashAll(inflated: InflatedArtifacts): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [kind, input] of Object.entries(inflated.inputs)) {
    if (input) hashes[kind] = sha256(input.bytes);
  }
  inflated.moreRunResults.forEach((input, i) => {
    hashes[`run_results.${i + 2}`] = sha256(input.bytes);
  });
  return hashes;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
