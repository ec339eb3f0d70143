import { Archive, ArrowRight } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import { LineageLinks } from "@/components/lineage/lineage-links";
import { StarSection } from "@/components/star/star-section";
import { StarSectionSkeleton } from "@/components/star/star-section-skeleton";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/components/ui/format-time";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { modelUrl } from "@/lib/urls";
import { BuildCard } from "../node/build-card";
import { CodeSection } from "../node/code-section";
import { ColumnsSection } from "../node/columns-section";
import { ContractBadge } from "../node/contract-badge";
import { DescriptionSection } from "../node/description-section";
import { MetaCard } from "../node/meta-card";
import { NeighboursSection } from "../node/neighbours-section";
import { getNodeCrumbs, NodeHeader } from "../node/node-header";
import { NodeLayout } from "../node/node-layout";
import { OwnerLine } from "../node/owner-line";
import { RefCard } from "../node/ref-card";
import { TagList } from "../node/tag-list";
import { TestsSection } from "../node/tests-section";
import { VersionBadge } from "../node/version-badge";
import { VersionsCard } from "../node/versions-card";
import { WarehouseCard } from "../node/warehouse-card";
import { ModelFacts } from "./model-facts";

/**
 * A model's page: governance badges and owner up top; description, columns,
 * tests, lineage and code in the main column; facts, how to ref it, versions,
 * last build and warehouse stats in the sidebar.
 */
export function ModelDetail({
  model,
  isVersionUrl,
}: {
  model: NodeDetail;
  /** The page was asked for by version (`/v1`), so the crumbs name it. */
  isVersionUrl: boolean;
}) {
  const crumbs = getNodeCrumbs(
    model,
    isVersionUrl && model.version
      ? {
          label: `v${model.version}`,
          modelHref: modelUrl(model.project, model.name),
        }
      : undefined,
  );
  return (
    <>
      <NodeHeader
        node={model}
        crumbs={crumbs}
        meta={
          <div className="flex w-full flex-col gap-2.5">
            <div className="flex flex-wrap items-center gap-1.5">
              {model.access ? <AccessBadge access={model.access} /> : null}
              <ContractBadge
                isEnforced={model.contractEnforced}
                isAbsentShown
              />
              {model.materialized ? <Badge>{model.materialized}</Badge> : null}
              {model.version ? (
                <VersionBadge
                  version={model.version}
                  latestVersion={model.latestVersion}
                  deprecationDate={model.deprecationDate}
                />
              ) : null}
              <TagList tags={model.tags} />
            </div>
            <OwnerLine group={model.group} />
          </div>
        }
        actions={
          <LineageLinks project={model.project} uniqueId={model.uniqueId} />
        }
      />
      <VersionNotice model={model} />
      <NodeLayout
        asideLabel="About this model"
        main={
          <>
            <DescriptionSection description={model.description} />
            <ColumnsSection node={model} />
            <Suspense fallback={<StarSectionSkeleton />}>
              <StarSection project={model.project} uniqueId={model.uniqueId} />
            </Suspense>
            <TestsSection node={model} />
            <NeighboursSection
              parents={model.parents}
              childNodes={model.children}
            />
            <CodeSection
              rawCode={model.rawCode}
              compiledCode={model.compiledCode}
              language={model.language}
            />
          </>
        }
        aside={
          <>
            <ModelFacts model={model} />
            <RefCard target={model} />
            {model.versions.length > 0 ? (
              <VersionsCard
                project={model.project}
                name={model.name}
                versions={model.versions}
                current={model.version}
              />
            ) : null}
            <BuildCard runResult={model.runResult} />
            <WarehouseCard catalog={model.catalog} />
            <MetaCard meta={model.meta} />
          </>
        }
      />
    </>
  );
}

/** On an older version's page: that a newer one exists, and when this one goes away. */
function VersionNotice({ model }: { model: NodeDetail }) {
  if (!model.version || !model.latestVersion) return null;
  if (model.version === model.latestVersion) return null;
  return (
    <div
      role="note"
      className="mb-8 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-warn/30 bg-warn/5 px-4 py-3 text-[13px] text-fg"
    >
      <Archive aria-hidden className="size-4 shrink-0 text-warn" />
      <p className="min-w-0 flex-1">
        {model.deprecationDate ? (
          <>
            Version {model.version} is deprecated and will be removed on{" "}
            <strong>{formatCalendarDate(model.deprecationDate)}</strong>.
          </>
        ) : (
          <>Version {model.version} is not the latest.</>
        )}{" "}
        New work should use version {model.latestVersion}.
      </p>
      <Link
        href={modelUrl(model.project, model.name, model.latestVersion)}
        className="inline-flex items-center gap-1 font-medium text-accent hover:underline hover:underline-offset-4"
      >
        Go to v{model.latestVersion}
        <ArrowRight aria-hidden className="size-3.5" />
      </Link>
    </div>
  );
}
