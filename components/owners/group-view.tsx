import { Users } from "lucide-react";
import Link from "next/link";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { MailLink } from "@/components/ui/external-link";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { GroupPage } from "@/lib/db/queries/group-page";
import { modelUrl, ownerUrl, projectUrl } from "@/lib/urls";
import { ProjectChip } from "../project/project-chip";
import { LevelDistribution } from "../product/level-distribution";
import { ProductTable } from "../product/product-table";
import { countByLevel } from "./level-counts";

const LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

/** A dbt group: who owns it, its data products by maturity, and its other models. */
export function GroupView({ page }: { page: GroupPage }) {
  const ownerKey = page.ownerEmail ?? page.ownerName;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Mesh", href: "/" },
          { label: page.project, href: projectUrl(page.project) },
          { label: page.name },
        ]}
        eyebrow={<Badge icon={Users}>dbt group</Badge>}
        title={page.name}
        meta={
          <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-3 gap-y-2 text-[13px] sm:flex sm:flex-wrap sm:items-center sm:gap-x-5">
            <div className="contents sm:flex sm:items-center sm:gap-1.5">
              <dt className="text-fg-muted">Domain</dt>
              <dd>
                <ProjectChip project={page.project} />
              </dd>
            </div>
            <div className="contents sm:flex sm:min-w-0 sm:flex-wrap sm:items-center sm:gap-x-1.5">
              <dt className="text-fg-muted">Owner</dt>
              <dd className="flex min-w-0 flex-wrap items-center gap-x-1.5">
                {ownerKey ? (
                  <Link href={ownerUrl(ownerKey)} className={LINK}>
                    {page.ownerName ?? page.ownerEmail}
                  </Link>
                ) : (
                  <span className="text-fg-subtle">None declared</span>
                )}
                {page.ownerName && page.ownerEmail ? (
                  <MailLink email={page.ownerEmail} />
                ) : null}
              </dd>
            </div>
          </dl>
        }
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
          {page.description?.trim() ? (
            <div className="rounded-lg border border-border bg-surface px-5 py-4">
              <Markdown>{page.description}</Markdown>
            </div>
          ) : null}
          <Section
            id="products"
            title="Data products"
            description="Best first, with their maturity level and score."
          >
            {page.products.length === 0 ? (
              <EmptyState
                icon={Users}
                title="No data products in this group"
                description="Its models are building blocks: none is public or flagged as a product."
              />
            ) : (
              <ProductTable
                label={`Data products of group ${page.name}`}
                products={page.products}
                levelsOf={() => page.levels}
                isGroupShown={false}
              />
            )}
          </Section>
        </div>
        <aside
          aria-label="About this group"
          className="flex min-w-0 flex-col gap-4"
        >
          {page.products.length > 0 ? (
            <Card>
              <CardHeader
                title="By level"
                description={`${page.products.length} data products`}
              />
              <CardBody>
                <LevelDistribution
                  counts={countByLevel(page.products, page.levels)}
                  levels={page.levels}
                  label={`Data products of group ${page.name} by level`}
                />
              </CardBody>
            </Card>
          ) : null}
          <Card>
            <CardHeader
              title="Other models"
              description={
                page.otherModelCount === 0
                  ? "Every model of the group is a data product."
                  : `${page.otherModelCount} building blocks, not data products`
              }
            />
            {page.otherModels.length > 0 ? (
              <ul
                aria-label="Other models of the group"
                className="divide-y divide-border"
              >
                {page.otherModels.map((model) => (
                  <li
                    key={`${model.name}-${model.version ?? ""}`}
                    className="flex items-center gap-2 px-4 py-2 text-[13px]"
                  >
                    <Link
                      href={modelUrl(page.project, model.name, model.version)}
                      className={`${LINK} min-w-0 flex-1 truncate font-mono text-xs`}
                    >
                      {model.name}
                      {model.version ? ` v${model.version}` : ""}
                    </Link>
                    {model.access ? (
                      <AccessBadge access={model.access} />
                    ) : null}
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
