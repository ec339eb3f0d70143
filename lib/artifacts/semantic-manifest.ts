import { z } from "zod";
import { expectArtifact } from "./detect";
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
  const toRecord = ({
    name,
    description,
    label,
    node_relation,
    ...rest
  }: z.infer<typeof semanticResource>): SemanticModelRecord => ({
    name,
    description: description ?? "",
    label: label ?? null,
    modelRef: node_relation?.alias ?? null,
    data: rest,
  });
  return {
    semanticModels: (raw.semantic_models ?? []).map(toRecord),
    metrics: (raw.metrics ?? []).map(toRecord),
    savedQueries: (raw.saved_queries ?? []).map(toRecord),
  };
}
