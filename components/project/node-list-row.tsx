import Link from "next/link";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import { toPlainExcerpt } from "@/components/ui/plain-excerpt";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import type { NodeListItem } from "@/lib/db/queries/project-nodes";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { nodeUrl } from "@/lib/urls";
import { ContractBadge } from "../node/contract-badge";
import { NodeStatusBadge } from "../node/node-status-badge";
import { VersionBadge } from "../node/version-badge";
import { LevelBadge } from "../product/level-badge";

/** The name a list shows: sources read `source_name.table`, as in `source()`. */
function getDisplayName(item: NodeListItem): string {
  return item.sourceName ? `${item.sourceName}.${item.name}` : item.name;
}

/** One node of a project's list: name, version, a data product's level, plain-text excerpt and its badges. */
export function NodeListRow({
  item,
  project,
  levels,
}: {
  item: NodeListItem;
  project: string;
  /** The project's maturity levels, to name a product's. */
  levels: readonly PolicyLevel[];
}) {
  const excerpt = toPlainExcerpt(item.description);
  const href = nodeUrl({ ...item, project });
  return (
    <li className="flex gap-3 px-4 py-3 transition-colors hover:bg-surface-muted/50">
      <ResourceTypeIcon type={item.resourceType} className="mt-0.5" />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:flex-row sm:items-start sm:gap-4">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link
              href={href}
              className="min-w-0 text-[13px] font-medium break-all text-fg hover:text-accent hover:underline hover:underline-offset-4"
            >
              {getDisplayName(item)}
            </Link>
            {item.version ? (
              <VersionBadge
                version={item.version}
                latestVersion={item.latestVersion}
                deprecationDate={item.deprecationDate}
              />
            ) : null}
            {item.packageName !== project ? (
              <Badge title="Installed from a package">{item.packageName}</Badge>
            ) : null}
            {item.maturity ? (
              <LevelBadge
                level={item.maturity.level}
                levels={levels}
                score={item.maturity.score}
              />
            ) : null}
          </div>
          {excerpt ? (
            <p className="mt-0.5 line-clamp-2 text-[13px] text-fg-muted">
              {excerpt}
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-1.5 sm:justify-end">
          <NodeStatusBadge
            resourceType={item.resourceType}
            status={item.status}
          />
          {item.access ? <AccessBadge access={item.access} /> : null}
          <ContractBadge isEnforced={item.contractEnforced} />
          {item.materialized && item.resourceType === "model" ? (
            <Badge>{item.materialized}</Badge>
          ) : null}
        </div>
      </div>
    </li>
  );
}
