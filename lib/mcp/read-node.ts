import { locateNode } from "@/lib/db/queries/exists";
import type { FocusLookup } from "@/lib/db/queries/lineage-nodes";
import { getModelPage, type ProductDetail } from "@/lib/db/queries/model-page";
import { getNode, type NodeDetail } from "@/lib/db/queries/nodes";
import { SLA_META_KEYS } from "@/lib/score/rules/freshness";

export type NodeReading =
  | {
      status: "found";
      node: NodeDetail;
      /** Null unless the node is a data product. */
      product: ProductDetail | null;
      /** `meta` keys its project's policy reads an SLA from. */
      slaMetaKeys: readonly string[];
    }
  | Exclude<FocusLookup, { status: "found" }>;

/**
 * A node as its page reads it: a model through its model page (with the
 * product's maturity, trust and consumers when it is one), anything else
 * through its node page.
 */
export async function readNodePage(
  uniqueId: string,
  project: string | undefined,
): Promise<NodeReading> {
  const lookup = await locateNode(uniqueId, project ?? null);
  if (lookup.status !== "found") return lookup;
  const row = lookup.node;
  if (row.resource_type === "model") {
    const page = await getModelPage(
      row.project,
      row.name,
      row.version ?? undefined,
    );
    if (page?.model.uniqueId === row.unique_id)
      return {
        status: "found",
        node: page.model,
        product: page.product,
        slaMetaKeys: page.product?.slaMetaKeys ?? SLA_META_KEYS,
      };
  }
  const node = await getNode(row.project, row.unique_id);
  if (!node) return { status: "missing" };
  return { status: "found", node, product: null, slaMetaKeys: SLA_META_KEYS };
}

/** Who answers for a node: a product's owners as scored, else its group's owner. */
export function listNodeOwners(
  node: NodeDetail,
  product: ProductDetail | null,
): string[] {
  if (product?.score) return product.score.owners;
  const owner = node.group;
  if (!owner) return [];
  return [owner.ownerName, owner.ownerEmail].filter(
    (o): o is string => o !== null && o !== "",
  );
}
