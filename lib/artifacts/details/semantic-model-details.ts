import { z } from "zod";
import type { SemanticModelDetails } from "../node-details";
import { readArray, readEnum, readRecord, readText } from "./fields";

const field = z.unknown().optional();
const named = { name: z.string(), expr: field, description: field };
const entitySchema = z.object({ ...named, type: field });
const measureSchema = z.object({ ...named, agg: field });
const dimensionSchema = z.object({
  ...named,
  type: field,
  type_params: field,
});

/**
 * A semantic model's entities, measures and dimensions, from the manifest
 * (v10+) or semantic_manifest.json; enum values (entity and dimension types,
 * aggregations) in lower case, whichever of the two wrote them.
 */
export function readSemanticModelDetails(
  raw: Record<string, unknown>,
): SemanticModelDetails {
  return {
    model: readText(raw.model),
    primaryEntity: readText(raw.primary_entity),
    entities: readArray(raw.entities, entitySchema).map((e) => ({
      name: e.name,
      type: readEnum(e.type),
      expr: readText(e.expr),
      description: readText(e.description),
    })),
    measures: readArray(raw.measures, measureSchema).map((m) => ({
      name: m.name,
      agg: readEnum(m.agg),
      expr: readText(m.expr),
      description: readText(m.description),
    })),
    dimensions: readArray(raw.dimensions, dimensionSchema).map((d) => ({
      name: d.name,
      type: readEnum(d.type),
      expr: readText(d.expr),
      description: readText(d.description),
      granularity: readEnum(readRecord(d.type_params).time_granularity),
    })),
  };
}
