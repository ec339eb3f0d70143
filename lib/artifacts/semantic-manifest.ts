import { z } from "zod";
import { expectArtifact } from "./detect";
import { parseNodeDetails } from "./details/parse";
import type { ParsedSemanticManifest, SemanticModelRecord } from "./types";
import { validateArtifact } from "./validate";

const text = z.string().nullish();

const semanticResource = z.looseObject({
  name: z.string(),
  description: text,
  label: text,
  node_relation: z.object({ relation_name: text, alias: text }).nullish(),
});

const semanticManifestSchema = z.object({
  semantic_models: z.array(semanticResource).nullish(),
  metrics: z.array(semanticResource).nullish(),
  saved_queries: z.array(semanticResource).nullish(),
});

/** Parses semantic_manifest.json (MetricFlow's view of semantic models, metrics and saved queries). */
export function parseSemanticManifest(
  file: string,
  doc: unknown,
): ParsedSemanticManifest {
  expectArtifact(file, doc, "semantic_manifest");
  const raw = validateArtifact(file, semanticManifestSchema, doc);
  // A semantic model here names its table by `node_relation`, not `model`.
  const toRecord =
    (resourceType: string) =>
    ({
      name,
      description,
      label,
      node_relation,
      ...rest
    }: z.infer<typeof semanticResource>): SemanticModelRecord => ({
      name,
      description: description ?? "",
      label: label ?? null,
      details: parseNodeDetails(resourceType, {
        ...rest,
        model: node_relation?.alias ?? null,
      }),
    });
  return {
    semanticModels: (raw.semantic_models ?? []).map(toRecord("semantic_model")),
    metrics: (raw.metrics ?? []).map(toRecord("metric")),
    savedQueries: (raw.saved_queries ?? []).map(toRecord("saved_query")),
  };
}
