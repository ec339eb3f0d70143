import { listOwners } from "@/lib/score/owners";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import type { MeshFacts, MeshModel } from "./types";

const indexes = new WeakMap<MeshFacts, Map<string, MeshModel>>();

function keyOf(project: string, uniqueId: string): string {
  return `${project}\u0000${uniqueId}`;
}

/** A project's own model by unique_id, indexed once per set of facts. */
export function findModel(
  facts: MeshFacts,
  project: string,
  uniqueId: string,
): MeshModel | undefined {
  let index = indexes.get(facts);
  if (!index) {
    index = new Map(facts.models.map((m) => [keyOf(m.project, m.uniqueId), m]));
    indexes.set(facts, index);
  }
  return index.get(keyOf(project, uniqueId));
}

/** Who owns a model, by the maturity policy's owner rule (group owner, then meta keys). */
export function ownersOf(
  model: MeshModel,
  metaKeys: readonly string[] = OWNER_META_KEYS,
): string[] {
  return listOwners(
    { group: model.group, node: { meta: model.meta } },
    metaKeys,
  );
}

/** The owners of a node when it is a model the catalog knows, else none. */
export function ownersOfNode(
  facts: MeshFacts,
  project: string,
  uniqueId: string,
): string[] {
  const model = findModel(facts, project, uniqueId);
  return model ? ownersOf(model) : [];
}

/** `finance.fct_revenue` or `finance.fct_revenue v2`: a model as a ref names it. */
export function describeModel(
  model: Pick<MeshModel, "project" | "name" | "version">,
): string {
  return `${model.project}.${model.name}${model.version === null ? "" : ` v${model.version}`}`;
}
