import { Folder, Users } from "lucide-react";
import Link from "next/link";
import { MailLink } from "@/components/ui/external-link";
import type { NodeListItem } from "@/lib/db/queries/project-nodes";
import type { ProjectDetail } from "@/lib/db/queries/projects";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { groupUrl, ownerUrl } from "@/lib/urls";
import { groupNodeList, type GroupRun } from "./node-list-groups";
import { NodeListRow } from "./node-list-row";

type GroupOwner = ProjectDetail["groups"][number];

const TIERS = {
  public: {
    title: "Public",
    description: "Data products: any project in the mesh may ref them.",
  },
  other: {
    title: "Protected and private",
    description: "Building blocks for this project and its groups.",
  },
} as const;

/**
 * A page of a project's nodes: public models first, then by group (with its
 * owner) and folder. Access tiers are shown for models only; other resource
 * types have no access level. Sorted otherwise, a plain list.
 */
export function NodeList({
  items,
  project,
  groups,
  hasAccessTiers,
  levels,
  isFlat = false,
}: {
  items: NodeListItem[];
  project: string;
  groups: GroupOwner[];
  hasAccessTiers: boolean;
  levels: readonly PolicyLevel[];
  /** In another order than grouped (by name, by score): one list, in that order. */
  isFlat?: boolean;
}) {
  const owners = new Map(groups.map((g) => [g.name, g]));
  if (isFlat)
    return (
      <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface shadow-xs shadow-black/[0.03]">
        {items.map((item) => (
          <NodeListRow
            key={item.uniqueId}
            item={item}
            project={project}
            levels={levels}
          />
        ))}
      </ul>
    );
  return (
    <div className="flex flex-col gap-6">
      {groupNodeList(items).map((tier, index) => (
        <div key={`${tier.tier}-${index}`} className="flex flex-col gap-3">
          {hasAccessTiers ? (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="text-sm font-semibold text-fg">
                {TIERS[tier.tier].title}
              </h3>
              <p className="text-[13px] text-fg-muted">
                {TIERS[tier.tier].description}
              </p>
            </div>
          ) : null}
          {tier.groups.map((group, groupIndex) => (
            <GroupCard
              key={`${group.groupName ?? ""}-${groupIndex}`}
              group={group}
              owner={group.groupName ? owners.get(group.groupName) : undefined}
              project={project}
              isHeaderShown={hasAccessTiers || group.groupName !== null}
              levels={levels}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

function GroupCard({
  group,
  owner,
  project,
  isHeaderShown,
  levels,
}: {
  group: GroupRun;
  owner: GroupOwner | undefined;
  project: string;
  isHeaderShown: boolean;
  levels: readonly PolicyLevel[];
}) {
  const ownerKey = owner?.ownerEmail ?? owner?.ownerName ?? null;
  return (
    <section className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs shadow-black/[0.03]">
      {isHeaderShown ? (
        <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-border bg-surface-muted/40 px-4 py-2.5">
          <h4 className="flex items-center gap-1.5 text-[13px] font-semibold text-fg">
            <Users aria-hidden className="size-3.5 text-fg-subtle" />
            {group.groupName ? (
              <Link
                href={groupUrl(project, group.groupName)}
                className="hover:text-accent hover:underline hover:underline-offset-4"
              >
                {group.groupName}
              </Link>
            ) : (
              "No group"
            )}
          </h4>
          {owner && ownerKey ? (
            <p className="flex min-w-0 flex-wrap items-center gap-x-2 text-xs text-fg-muted">
              <Link
                href={ownerUrl(ownerKey)}
                className="hover:text-accent hover:underline hover:underline-offset-4"
              >
                {owner.ownerName ?? "Owner"}
              </Link>
              {owner.ownerEmail ? <MailLink email={owner.ownerEmail} /> : null}
            </p>
          ) : null}
        </header>
      ) : null}
      {group.folders.map((folder) => (
        <div
          key={folder.folder}
          className="border-b border-border last:border-b-0"
        >
          <p className="flex items-center gap-1.5 bg-surface-sunken/60 px-4 py-1.5 font-mono text-[11px] text-fg-subtle">
            <Folder aria-hidden className="size-3 shrink-0" />
            <span className="sr-only">Folder </span>
            {folder.folder || "(no folder)"}
          </p>
          <ul className="divide-y divide-border">
            {folder.items.map((item) => (
              <NodeListRow
                key={item.uniqueId}
                item={item}
                project={project}
                levels={levels}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
