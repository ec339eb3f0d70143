import { createHash } from "node:crypto";
import type { ArtifactInput, ArtifactInputs } from "@/lib/artifacts/parse";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { ArtifactSource } from "./ingest-project";
import { inflateSource } from "./inflate-source";

/** An ingest's artifacts decompressed: one of each kind, and any further run_results.json. */
export type InflatedArtifacts = {
  inputs: ArtifactInputs;
  moreRunResults: ArtifactInput[];
};

/**
 * Decompresses every artifact under the size cap, one after another (so that
 * at most one is being inflated at a time). Of several run_results.json, the
 * first is the run_results, whether it came as one or among the others.
 */
export async function inflateAll(
  given: Partial<Record<ArtifactKind, ArtifactSource>>,
  moreRunResults: readonly ArtifactSource[],
  maxBytes: number,
): Promise<InflatedArtifacts> {
  const [runResults, ...more] = [
    ...(given.run_results ? [given.run_results] : []),
    ...moreRunResults,
  ];
  const artifacts = { ...given, run_results: runResults };
  const inflate = async (raw: ArtifactSource): Promise<ArtifactInput> => ({
    file: raw.file,
    bytes: await inflateSource(raw, maxBytes),
  });
  const inputs: ArtifactInputs = {};
  for (const [kind, raw] of Object.entries(artifacts) as [
    ArtifactKind,
    ArtifactSource | undefined,
  ][]) {
    if (raw) inputs[kind] = await inflate(raw);
  }
  const inflatedMore: ArtifactInput[] = [];
  for (const raw of more) inflatedMore.push(await inflate(raw));
  return { inputs, moreRunResults: inflatedMore };
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
