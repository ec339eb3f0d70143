import { ArrowUpRight, Radar } from "lucide-react";
import Link from "next/link";
import { getButtonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ResourceTypeBadge } from "@/components/ui/resource-type-badge";
import { impactUrl, nodeUrl, projectUrl } from "@/lib/urls";
import type { LineageData, LineageNodeData } from "./lineage-data";
import { LineageExplorer } from "./lineage-explorer";
import type { LineageQueryState } from "./lineage-query";

/**
 * The lineage page of a node: where its data comes from and where it goes,
 * across every project of the mesh, as a graph and as tables.
 */
export function LineageView({
  data,
  focus,
  query,
}: {
  data: LineageData;
  focus: LineageNodeData;
  query: LineageQueryState;
}) {
  const title = focus.version ? `${focus.name} v${focus.version}` : focus.name;
  const page = nodeUrl(focus);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Mesh", href: "/" },
          { label: focus.project, href: projectUrl(focus.project) },
          { label: title, href: page },
          { label: "Lineage" },
        ]}
        eyebrow={<ResourceTypeBadge type={focus.resourceType} />}
        title={<>Lineage of {title}</>}
        description="Where its data comes from and where it goes, across every project of the mesh. Choose a node's name to focus on it; + on either side shows its parents or children here."
        actions={
          <>
            <Link
              href={page}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <ArrowUpRight aria-hidden className="size-3.5" />
              Open page
            </Link>
            <Link
              href={impactUrl(focus.project, focus.uniqueId)}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <Radar aria-hidden className="size-3.5" />
              Impact
            </Link>
          </>
        }
      />
      <LineageExplorer
        // A new focus or query is a new view: start from the server's data again.
        key={`${data.focus}|${query.up}|${query.down}|${query.types?.join(",") ?? ""}`}
        initial={data}
        project={focus.project}
        uniqueId={focus.uniqueId}
        query={query}
      />
    </>
  );
}
