import {
  Boxes,
  Download,
  FolderGit2,
  GitFork,
  LayoutDashboard,
  ShieldCheck,
  UsersRound,
  Waypoints,
} from "lucide-react";
import Link from "next/link";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import { getButtonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount } from "@/components/ui/format-number";
import { PageHeader } from "@/components/ui/page-header";
import { ResourceTypeBadge } from "@/components/ui/resource-type-badge";
import { Stat, StatGrid } from "@/components/ui/stat";
import type { LineageNode } from "@/lib/mesh/lineage/graph";
import type { ImpactReport } from "@/lib/mesh/lineage/impact";
import { impactDownloadUrl, lineageUrl, nodeUrl, projectUrl } from "@/lib/urls";
import { ImpactProjectSection } from "./impact-project";
import { indexImpactNodes, summarizeImpact } from "./impact-summary";

/**
 * What depends on a node: every node downstream of it in every project, by
 * project and owner, each with the path that links it to the node, and the
 * whole report as CSV and JSON.
 */
export function ImpactView({
  focus,
  report,
}: {
  focus: LineageNode;
  report: ImpactReport;
}) {
  const title = toNodeTitle(focus);
  const totals = summarizeImpact(focus, report);
  const known = indexImpactNodes(focus, report);
  const file = `impact-${focus.project}-${focus.name}`;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Mesh", href: "/" },
          { label: focus.project, href: projectUrl(focus.project) },
          { label: title, href: nodeUrl(focus) },
          { label: "Impact" },
        ]}
        eyebrow={<ResourceTypeBadge type={focus.resourceType} />}
        title={<>Impact of {title}</>}
        description="What depends on it: every node downstream of it, in every project, grouped by project and owner, with the path that links each one to it. Tell these owners before changing it."
        actions={
          <>
            <Link
              href={lineageUrl(focus.project, focus.uniqueId)}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <GitFork aria-hidden className="size-3.5 rotate-90" />
              Lineage
            </Link>
            <a
              href={impactDownloadUrl(focus.project, focus.uniqueId, "csv")}
              download={`${file}.csv`}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <Download aria-hidden className="size-3.5" />
              CSV
            </a>
            <a
              href={impactDownloadUrl(focus.project, focus.uniqueId, "json")}
              download={`${file}.json`}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <Download aria-hidden className="size-3.5" />
              JSON
            </a>
          </>
        }
      />
      <div className="flex flex-col gap-10 *:min-w-0">
        <StatGrid label="Impact totals">
          <Stat
            icon={Boxes}
            label="Downstream nodes"
            value={formatCount(totals.total)}
          />
          <Stat
            icon={LayoutDashboard}
            label="Exposures"
            value={formatCount(totals.exposures)}
            hint="Dashboards and apps"
          />
          <Stat
            icon={FolderGit2}
            label="Projects"
            value={formatCount(totals.projects)}
          />
          <Stat
            icon={Waypoints}
            tone="cross-project"
            label="Other projects"
            value={formatCount(totals.otherProjects)}
            hint={`Besides ${focus.project}`}
          />
          <Stat
            icon={UsersRound}
            label="Owners to tell"
            value={formatCount(totals.owners)}
            className="col-span-2 sm:col-span-1"
          />
        </StatGrid>
        {report.isTruncated ? (
          <p className="rounded-md border border-warn/30 bg-warn/5 px-3 py-2 text-[13px] text-fg">
            The walk stopped at {formatCount(report.total)} nodes: more depend
            on {title} than one report holds.
          </p>
        ) : null}
        {report.total === 0 ? (
          <EmptyState
            icon={ShieldCheck}
            title={`Nothing depends on ${title}`}
            description="No node in any ingested project reads it. Changing it breaks nobody in the catalog; projects that were never ingested cannot be seen."
          />
        ) : (
          report.projects.map((project) => (
            <ImpactProjectSection
              key={project.project}
              project={project}
              isFocusProject={project.project === focus.project}
              known={known}
            />
          ))
        )}
      </div>
    </>
  );
}
