/**
 * A pull request merged in the sample mesh: `platform` ingested again after
 * `discount_amount` was dropped from its public `fct_orders`, which finance
 * and marketing ref. The change feed shows it as a breaking change hitting
 * both.
 */
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { RawArtifact } from "@/lib/ingest/ingest-project";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateSampleMesh, type JsonObject } from "@/lib/sample";

export const REINGESTED = {
  project: "platform",
  model: "fct_orders",
  column: "discount_amount",
} as const;

const MODEL_ID = `model.${REINGESTED.project}.${REINGESTED.model}`;

function dropColumn(artifact: JsonObject): void {
  const nodes = artifact.nodes as Record<string, { columns: JsonObject }>;
  const node = nodes[MODEL_ID];
  if (!node) throw new Error(`the sample mesh lost ${MODEL_ID}`);
  // The catalog names columns as the warehouse does (upper case).
  for (const name of Object.keys(node.columns))
    if (name.toLowerCase() === REINGESTED.column) delete node.columns[name];
}

/** The platform project's artifacts as its next run writes them, built at `now` like the first ingest. */
export function buildEditedPlatform(
  now: Date,
): Partial<Record<ArtifactKind, RawArtifact>> {
  const project = generateSampleMesh({ now }).find(
    (p) => p.name === REINGESTED.project,
  );
  if (!project) throw new Error("the sample mesh lost platform");
  dropColumn(project.files.manifest);
  dropColumn(project.files.catalog);
  return toSampleArtifacts(project);
}
