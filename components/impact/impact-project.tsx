import { Mail, UserRound, UserRoundX } from "lucide-react";
import Link from "next/link";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import { Card } from "@/components/ui/card";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import { ResourceTypeBadge } from "@/components/ui/resource-type-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type {
  ImpactOwnerGroup,
  ImpactProject as ImpactProjectData,
} from "@/lib/mesh/lineage/impact";
import type { Owner } from "@/lib/mesh/lineage/owner";
import { nodeUrl } from "@/lib/urls";
import { ImpactPath } from "./impact-path";
import { describePath, limitRows } from "./impact-summary";

type Known = Parameters<typeof describePath>[1];

function describeOwner(owner: Owner | null): string {
  return owner?.name ?? owner?.email ?? "No owner declared";
}

/** One project's part of the report: its nodes that depend on the focus, by owner. */
export function ImpactProjectSection({
  project,
  isFocusProject,
  known,
}: {
  project: ImpactProjectData;
  isFocusProject: boolean;
  known: Known;
}) {
  const { owners, hidden } = limitRows(project);
  const headingId = `impact-${project.project}`;
  return (
    <section aria-labelledby={headingId} className="scroll-mt-20">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2
          id={headingId}
          className="text-base font-semibold tracking-tight text-fg"
        >
          {project.project}
        </h2>
        {isFocusProject ? (
          <span className="text-xs text-fg-subtle">its own project</span>
        ) : (
          <CrossProjectBadge />
        )}
        <span className="text-[13px] text-fg-muted">
          {formatPlural(project.count, "node")}
        </span>
      </div>
      <div className="flex flex-col gap-4">
        {owners.map((group) => (
          <OwnerCard
            key={`${group.owner?.name ?? ""}|${group.owner?.email ?? ""}`}
            project={project.project}
            group={group}
            known={known}
          />
        ))}
      </div>
      {hidden > 0 ? (
        <p className="mt-2 text-[13px] text-fg-muted">
          And {formatCount(hidden)} more in {project.project}: the CSV and JSON
          downloads list every one.
        </p>
      ) : null}
    </section>
  );
}

function OwnerCard({
  project,
  group,
  known,
}: {
  project: string;
  group: ImpactOwnerGroup;
  known: Known;
}) {
  const name = describeOwner(group.owner);
  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-border px-4 py-2.5">
        {group.owner ? (
          <UserRound aria-hidden className="size-4 text-fg-subtle" />
        ) : (
          <UserRoundX aria-hidden className="size-4 text-fg-subtle" />
        )}
        <h3 className="text-sm font-semibold text-fg">{name}</h3>
        {group.owner?.email ? (
          <a
            href={`mailto:${group.owner.email}`}
            className="inline-flex items-center gap-1 text-[13px] text-accent hover:underline"
          >
            <Mail aria-hidden className="size-3.5" />
            {group.owner.email}
          </a>
        ) : null}
        <span className="text-xs text-fg-subtle">
          {formatPlural(group.nodes.length, "node")}
        </span>
      </div>
      <Table
        label={`In ${project}, owned by ${name}`}
        className="rounded-none border-0"
        tableClassName="min-w-[44rem] table-fixed"
      >
        <TableHead>
          <TableRow>
            <TableHeaderCell className="w-[30%]">Node</TableHeaderCell>
            <TableHeaderCell className="w-36">Type</TableHeaderCell>
            <TableHeaderCell align="right" className="w-16">
              Hops
            </TableHeaderCell>
            <TableHeaderCell>Path</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.nodes.map((node) => (
            <TableRow key={node.key}>
              <TableCell isMono className="break-words">
                <Link
                  href={nodeUrl(node)}
                  prefetch={false}
                  className="font-medium text-fg hover:text-accent hover:underline"
                >
                  {toNodeTitle(node)}
                </Link>
              </TableCell>
              <TableCell>
                <ResourceTypeBadge type={node.resourceType} />
              </TableCell>
              <TableCell isNumeric>{node.depth}</TableCell>
              <TableCell>
                <ImpactPath steps={describePath(node.path, known)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
