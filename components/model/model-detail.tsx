import { Suspense } from "react";
import { LineageLinks } from "@/components/lineage/lineage-links";
import { StandardsCard } from "@/components/product/standards-card";
import { StarSection } from "@/components/star/star-section";
import { StarSectionSkeleton } from "@/components/star/star-section-skeleton";
import type { ModelPage } from "@/lib/db/queries/model-page";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import { modelUrl } from "@/lib/urls";
import { BuildCard } from "../node/build-card";
import { CodeSection } from "../node/code-section";
import { ColumnsSection } from "../node/columns-section";
import { DescriptionSection } from "../node/description-section";
import { MetaCard } from "../node/meta-card";
import { NeighboursSection } from "../node/neighbours-section";
import { getNodeCrumbs } from "../node/node-header";
import { NodeLayout } from "../node/node-layout";
import { RefCard } from "../node/ref-card";
import { TestsSection } from "../node/tests-section";
import { VersionsCard } from "../node/versions-card";
import { WarehouseCard } from "../node/warehouse-card";
import { AccessSection } from "../product/access-section";
import { ConsumersSection } from "../product/consumers-section";
import { MaturitySection } from "../product/maturity-section";
import { ModelHeader } from "../product/model-header";
import { NotAProductCard } from "../product/not-a-product-card";
import { PageContents } from "../product/page-contents";
import { listProductOwners } from "../product/owners";
import { TrustSection } from "../product/trust-section";
import { BadgeCard } from "../product/badge-card";
import { UseItCard } from "../product/use-it-card";
import { VersionsSection } from "../product/versions-section";
import { ModelFacts } from "./model-facts";
import { VersionNotice } from "./version-notice";

/**
 * A model's page. A data product's page answers what analysts and domain
 * teams come for: how to use it, how far to trust it, its maturity and what
 * the next level needs, who uses it, its versions and who may read it.
 * Other models keep the plain page, with what would make them a product.
 */
export function ModelDetail({
  page,
  isVersionUrl,
  now,
}: {
  page: ModelPage;
  /** The page was asked for by version (`/v1`), so the crumbs name it. */
  isVersionUrl: boolean;
  /** The instant SLAs are judged against: the time of the request. */
  now: Date;
}) {
  const { model, product } = page;
  const crumbs = getNodeCrumbs(
    model,
    isVersionUrl && model.version
      ? {
          label: `v${model.version}`,
          modelHref: modelUrl(model.project, model.name),
        }
      : undefined,
  );
  const owners = listProductOwners(
    model,
    product?.ownerMetaKeys ?? OWNER_META_KEYS,
  );
  const isVersioned = model.versions.length > 0;
  const lineage = (
    <NeighboursSection parents={model.parents} childNodes={model.children} />
  );
  // The star reads its own data: the rest of the page need not wait for it.
  const howToJoin = (
    <Suspense fallback={<StarSectionSkeleton />}>
      <StarSection project={model.project} uniqueId={model.uniqueId} />
    </Suspense>
  );
  const code = (
    <CodeSection
      rawCode={model.rawCode}
      compiledCode={model.compiledCode}
      language={model.language}
    />
  );
  return (
    <>
      <ModelHeader
        model={model}
        score={product?.score ?? null}
        owners={owners}
        crumbs={crumbs}
        actions={
          <LineageLinks project={model.project} uniqueId={model.uniqueId} />
        }
      />
      <VersionNotice model={model} />
      {product ? (
        <NodeLayout
          asideLabel="About this data product"
          main={
            <>
              {/* On narrow screens the sidebar comes last: the ref to paste comes first instead. */}
              <div className="lg:hidden">
                <UseItCard model={model} />
              </div>
              <DescriptionSection description={model.description} />
              <TrustSection
                model={model}
                upstream={product.upstream}
                runs={product.runs}
                slaMetaKeys={product.slaMetaKeys}
                now={now}
              />
              {product.score ? (
                <MaturitySection
                  score={product.score}
                  history={product.history}
                />
              ) : null}
              <ColumnsSection node={model} />
              <TestsSection node={model} />
              {howToJoin}
              <ConsumersSection
                project={model.project}
                consumers={product.consumers}
                versions={model.versions}
              />
              {isVersioned ? (
                <VersionsSection
                  project={model.project}
                  name={model.name}
                  versions={model.versions}
                  current={model.version}
                  consumers={product.consumers.direct}
                />
              ) : null}
              <AccessSection model={model} />
              {lineage}
              {code}
            </>
          }
          aside={
            <>
              <div className="hidden lg:block">
                <UseItCard model={model} />
              </div>
              <ModelFacts model={model} owners={owners} />
              <StandardsCard
                project={model.project}
                uniqueId={model.uniqueId}
              />
              {product.score ? (
                <BadgeCard project={model.project} name={model.name} />
              ) : null}
              <MetaCard meta={model.meta} />
              <PageContents
                items={[
                  { id: "trust", label: "Trust and SLAs" },
                  ...(product.score
                    ? [{ id: "maturity", label: "Maturity" }]
                    : []),
                  { id: "columns", label: "Columns" },
                  { id: "tests", label: "Tests" },
                  { id: "consumers", label: "Consumers" },
                  ...(isVersioned
                    ? [{ id: "versions", label: "Versions" }]
                    : []),
                  { id: "access", label: "Access" },
                  { id: "lineage", label: "Upstream and downstream" },
                  ...(model.rawCode || model.compiledCode
                    ? [{ id: "code", label: "Code" }]
                    : []),
                ]}
              />
            </>
          }
        />
      ) : (
        <NodeLayout
          asideLabel="About this model"
          main={
            <>
              <DescriptionSection description={model.description} />
              <ColumnsSection node={model} />
              <TestsSection node={model} />
              {howToJoin}
              {lineage}
              {code}
            </>
          }
          aside={
            <>
              <ModelFacts model={model} owners={owners} />
              <RefCard target={model} />
              <NotAProductCard model={model} selector={page.productSelector} />
              {isVersioned ? (
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
      )}
    </>
  );
}
