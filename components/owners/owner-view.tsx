import { UserRound, Users } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { MailLink } from "@/components/ui/external-link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { OwnerPage } from "@/lib/db/queries/owner-page";
import { groupUrl } from "@/lib/urls";
import { ProjectChip } from "../project/project-chip";
import { LevelDistribution } from "../product/level-distribution";
import { ProductTable } from "../product/product-table";
import { countByLevel, mergeLevels } from "./level-counts";

/**
 * An owner across the mesh: the groups they own and every data product that
 * names them, with its maturity, so that a team sees its whole portfolio.
 */
export function OwnerView({
  page,
  ownerKey,
}: {
  page: OwnerPage;
  /** The name or address the page was opened with. */
  ownerKey: string;
}) {
  const title = page.name ?? page.email ?? ownerKey;
  const levels = mergeLevels(page.levelsByProject);
  const projects = new Set(page.products.map((p) => p.project));
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Mesh", href: "/" }, { label: title }]}
        eyebrow={<Badge icon={UserRound}>Owner</Badge>}
        title={title}
        description={
          page.email && page.email !== title ? (
            <MailLink email={page.email} />
          ) : page.email ? (
            <MailLink email={page.email}>Write to {page.email}</MailLink>
          ) : undefined
        }
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Section
          id="products"
          title="Data products"
          description={
            page.products.length === 0
              ? undefined
              : `${page.products.length} across ${projects.size} ${projects.size === 1 ? "project" : "projects"}, best first.`
          }
          className="min-w-0"
        >
          {page.products.length === 0 ? (
            <EmptyState
              icon={Users}
              title="No data products yet"
              description="Their groups hold no public model or flagged product."
            />
          ) : (
            <ProductTable
              label={`Data products owned by ${title}`}
              products={page.products}
              levelsOf={(project) => page.levelsByProject[project] ?? []}
              isProjectShown
              isOwnerShown={false}
            />
          )}
        </Section>
        <aside
          aria-label="About this owner"
          className="flex min-w-0 flex-col gap-4"
        >
          {page.products.length > 0 ? (
            <Card>
              <CardHeader title="By level" />
              <CardBody>
                <LevelDistribution
                  counts={countByLevel(page.products, levels)}
                  levels={levels}
                  label={`Data products of ${title} by level`}
                />
              </CardBody>
            </Card>
          ) : null}
          <Card>
            <CardHeader
              title="Groups owned"
              description={
                page.groups.length === 0
                  ? "Named as an owner in products' meta only."
                  : undefined
              }
            />
            {page.groups.length > 0 ? (
              <ul aria-label="Groups owned" className="divide-y divide-border">
                {page.groups.map((group) => (
                  <li
                    key={`${group.project}:${group.name}`}
                    className="flex flex-wrap items-center gap-2 px-4 py-2.5 text-[13px]"
                  >
                    <Users aria-hidden className="size-3.5 text-fg-subtle" />
                    <Link
                      href={groupUrl(group.project, group.name)}
                      className="font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4"
                    >
                      {group.name}
                    </Link>
                    <ProjectChip project={group.project} />
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        </aside>
      </div>
    </>
  );
}
