import type { Metadata } from "next";
import {
  getResourceTypeLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import { toPlainExcerpt } from "@/components/ui/plain-excerpt";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { getNodeTitle } from "./node-header";

/** Title and description of a node page: "fct_orders v2 · platform", its description's first words. */
export function buildNodeMetadata(node: NodeDetail): Metadata {
  const version = node.version ? ` v${node.version}` : "";
  const excerpt = toPlainExcerpt(node.description, 155);
  const type = getResourceTypeLabel(toResourceType(node.resourceType));
  return {
    title: `${getNodeTitle(node)}${version} · ${node.project}`,
    description:
      excerpt ||
      `${type} ${getNodeTitle(node)} of the dbt project ${node.project}.`,
  };
}
