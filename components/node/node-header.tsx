import type { ReactNode } from "react";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { PageHeader } from "@/components/ui/page-header";
import {
  getResourceTypePluralLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import { ResourceTypeBadge } from "@/components/ui/resource-type-badge";
import type { Crumb } from "@/components/ui/breadcrumbs";
import {
  detailsOfKind,
  formatSourceTableName,
} from "@/lib/artifacts/node-details";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { projectUrl } from "@/lib/urls";
import { toViewQuery } from "../project/project-view";

/** The title a node page shows: sources read `source_name.table`, as in `source()`. */
export function getNodeTitle(
  node: Pick<NodeDetail, "name" | "details">,
): string {
  return formatSourceTableName(
    detailsOfKind(node.details, "source")?.sourceName ?? null,
    node.name,
  );
}

/**
 * Breadcrumbs of a node: mesh, project, the project's list of that type, the
 * node; a model version adds itself after its model's latest page.
 */
export function getNodeCrumbs(
  node: Pick<NodeDetail, "project" | "resourceType" | "name" | "details">,
  version?: { label: string; modelHref: string },
): Crumb[] {
  const type = toResourceType(node.resourceType);
  const listHref = `${projectUrl(node.project)}${toViewQuery({ type, page: 1 })}`;
  const title = getNodeTitle(node);
  return [
    { label: "Mesh", href: "/" },
    { label: node.project, href: projectUrl(node.project) },
    { label: getResourceTypePluralLabel(type), href: listHref },
    ...(version
      ? [{ label: title, href: version.modelHref }, { label: version.label }]
      : [{ label: title }]),
  ];
}

/** The top of a node page: where it lives, its type and package, its name and label, then badges. */
export function NodeHeader({
  node,
  title,
  crumbs,
  meta,
  actions,
  eyebrowExtra,
}: {
  node: NodeDetail;
  title?: ReactNode;
  crumbs?: Crumb[];
  meta?: ReactNode;
  actions?: ReactNode;
  /** A marker after the type badge ("Data product"). */
  eyebrowExtra?: ReactNode;
}) {
  const isFromPackage = node.packageName !== node.project;
  return (
    <PageHeader
      breadcrumbs={crumbs ?? getNodeCrumbs(node)}
      eyebrow={
        <>
          <ResourceTypeBadge type={node.resourceType} />
          {isFromPackage ? (
            <CrossProjectBadge project={`package ${node.packageName}`} />
          ) : null}
          {eyebrowExtra}
        </>
      }
      title={title ?? getNodeTitle(node)}
      description={
        node.label && node.label !== node.name ? node.label : undefined
      }
      meta={meta}
      actions={actions}
    />
  );
}
