import { ArrowRight, Package, Users } from "lucide-react";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { MailLink } from "@/components/ui/external-link";
import { formatCount, formatDuration } from "@/components/ui/format-number";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ProjectDetail } from "@/lib/db/queries/projects";
import { groupUrl, ownerUrl, scoreboardUrl } from "@/lib/urls";
import { LevelDistribution } from "../product/level-distribution";
import { IngestStatusBadge } from "./ingest-status-badge";

const LINK = "hover:text-accent hover:underline hover:underline-offset-4";

/** The project's data products by maturity level, and the way to its scoreboard. */
export function ProjectProducts({ project }: { project: ProjectDetail }) {
  const { products } = project;
  return (
    <Card>
      <CardHeader
        title="Data products"
        description={
          products.total === 0
            ? "None yet: public models become data products."
            : `${formatCount(products.total)} by maturity level`
        }
      />
      {products.total > 0 ? (
        <CardBody className="flex flex-col gap-3">
          <LevelDistribution
            counts={products.byLevel}
            levels={products.levels}
            label={`Data products of ${project.name} by level`}
          />
          <Link
            href={scoreboardUrl(project.name)}
            className="inline-flex items-center gap-1 self-start text-[13px] font-medium text-accent hover:underline hover:underline-offset-4"
          >
            Scoreboard
            <ArrowRight aria-hidden className="size-3.5" />
          </Link>
        </CardBody>
      ) : null}
    </Card>
  );
}

/** Who owns the project's groups: each group with its owner, a mail link when there is an address. */
export function ProjectGroups({
  project,
  groups,
}: {
  project: string;
  groups: ProjectDetail["groups"];
}) {
  return (
    <Card>
      <CardHeader title="Groups and owners" />
      <CardBody>
        {groups.length === 0 ? (
          <p className="text-[13px] text-fg-subtle">
            No groups: models have no declared owner.
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {groups.map((group) => (
              <li key={group.name} className="flex gap-2.5">
                <Users
                  aria-hidden
                  className="mt-0.5 size-4 shrink-0 text-fg-subtle"
                />
                <div className="min-w-0 text-[13px]">
                  <p className="font-medium text-fg">
                    <Link href={groupUrl(project, group.name)} className={LINK}>
                      {group.name}
                    </Link>
                  </p>
                  {group.description ? (
                    <p className="text-fg-muted">{group.description}</p>
                  ) : null}
                  <p className="mt-0.5 flex min-w-0 flex-col text-xs text-fg-muted">
                    {group.ownerName ? (
                      <Link
                        href={ownerUrl(group.ownerEmail ?? group.ownerName)}
                        className={`self-start ${LINK}`}
                      >
                        {group.ownerName}
                      </Link>
                    ) : null}
                    {group.ownerEmail ? (
                      <MailLink email={group.ownerEmail} />
                    ) : null}
                    {!group.ownerName && !group.ownerEmail ? (
                      <span className="text-fg-subtle">No owner declared</span>
                    ) : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

/** dbt packages the project installs, with how many of its nodes each brings. */
export function ProjectPackages({
  packages,
}: {
  packages: ProjectDetail["packages"];
}) {
  return (
    <Card>
      <CardHeader title="Installed packages" />
      <CardBody>
        {packages.length === 0 ? (
          <p className="text-[13px] text-fg-subtle">No packages installed.</p>
        ) : (
          <ul className="flex flex-col gap-1.5 text-[13px]">
            {packages.map((pkg) => (
              <li key={pkg.name} className="flex items-center gap-2">
                <Package aria-hidden className="size-3.5 text-fg-subtle" />
                <span className="min-w-0 flex-1 truncate font-mono text-xs text-fg">
                  {pkg.name}
                </span>
                <span className="text-xs text-fg-subtle tabular-nums">
                  {formatCount(pkg.nodeCount)} nodes
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

/** The last ingest attempts, newest first, with the reason of a rejection. */
export function RecentIngests({
  ingests,
}: {
  ingests: ProjectDetail["recentIngests"];
}) {
  return (
    <Card>
      <CardHeader title="Recent ingests" />
      <CardBody>
        {ingests.length === 0 ? (
          <p className="text-[13px] text-fg-subtle">No ingest recorded.</p>
        ) : (
          <ol className="flex flex-col gap-2.5">
            {ingests.map((run) => (
              <li key={run.startedAt} className="text-[13px]">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <IngestStatusBadge status={run.status} />
                  <RelativeTime date={run.startedAt} className="text-fg" />
                  <span className="text-xs text-fg-subtle">
                    {run.origin} · {formatDuration(run.durationMs / 1000)}
                  </span>
                </div>
                {run.error ? (
                  <p className="mt-1 line-clamp-3 text-xs break-words text-fail">
                    {run.error}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
