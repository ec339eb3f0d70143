import type { SemanticModelDetails } from "@/lib/artifacts/node-details";
import type { EntityInput } from "./types";

/**
 * A semantic model's entities that can join tables: those with a type
 * (already lower case in the details), with their expression.
 */
export function readEntities(
  details: Pick<SemanticModelDetails, "entities">,
): EntityInput[] {
  return details.entities.flatMap((entity): EntityInput[] =>
    entity.type === null
      ? []
      : [{ name: entity.name, type: entity.type, expr: entity.expr }],
  );
}
