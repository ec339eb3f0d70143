import type { ReactNode } from "react";
import { FreshnessBadge } from "@/components/ui/freshness-badge";
import { toResourceType } from "@/components/ui/resource-type";
import { LineageLinks } from "@/components/lineage/lineage-links";
import { isTestType } from "@/lib/artifacts/resource-types";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { BuildCard } from "./build-card";
import { CodeSection } from "./code-section";
import { ColumnsSection } from "./columns-section";
import { DescriptionSection } from "./description-section";
import { MetaCard } from "./meta-card";
import { NeighboursSection } from "./neighbours-section";
import { NodeFacts } from "./node-facts";
import { NodeHeader } from "./node-header";
import { NodeLayout } from "./node-layout";
import { OwnerLine } from "./owner-line";
import { TagList } from "./tag-list";
import { TestsSection } from "./tests-section";
import { WarehouseCard } from "./warehouse-card";
import { ExposureBadges, ExposureFacts } from "./types/exposure-sections";
import { MetricBadges, MetricDefinition } from "./types/metric-sections";
import { SavedQuerySections } from "./types/saved-query-sections";
import { SemanticModelSections } from "./types/semantic-model-sections";
import { FreshnessSection, SourceFacts } from "./types/source-sections";
import { TestBadges, TestSections } from "./types/test-sections";
import { UnitTestSections } from "./types/unit-test-sections";

type Parts = {
  badges?: ReactNode;
  /** Sections between the description and the lineage. */
  sections: ReactNode;
  /** Cards at the top of the sidebar. */
  facts: ReactNode;
  hasBuild: boolean;
  hasWarehouse: boolean;
  lineageTitle?: string;
  lineageDirections?: "both" | "upstream" | "downstream";
};

/** The sections each resource type adds to the common page, from its typed details. */
function getParts(node: NodeDetail): Parts {
  const details = node.details;
  switch (details.kind) {
    case "source":
      return {
        badges: node.freshness ? (
          <FreshnessBadge status={node.freshness.status} />
        ) : null,
        sections: (
          <>
            <FreshnessSection node={node} source={details} />
            <ColumnsSection node={node} />
            <TestsSection node={node} />
          </>
        ),
        facts: <SourceFacts node={node} source={details} />,
        hasBuild: false,
        hasWarehouse: true,
        lineageTitle: "What reads it",
        lineageDirections: "downstream",
      };
    case "seed":
    case "snapshot":
    case "model":
      return {
        // A seed is loaded from a CSV: nothing is upstream of it.
        lineageDirections: details.kind === "seed" ? "downstream" : "both",
        sections: (
          <>
            <ColumnsSection node={node} />
            <TestsSection node={node} />
          </>
        ),
        facts: <NodeFacts node={node} />,
        hasBuild: true,
        hasWarehouse: true,
      };
    case "exposure":
      return {
        badges: <ExposureBadges exposure={details} />,
        sections: null,
        facts: <ExposureFacts node={node} exposure={details} />,
        hasBuild: false,
        hasWarehouse: false,
        lineageTitle: "What it depends on",
        lineageDirections: "upstream",
      };
    case "metric":
      return {
        badges: <MetricBadges metric={details} />,
        sections: <MetricDefinition metric={details} />,
        facts: <NodeFacts node={node} />,
        hasBuild: false,
        hasWarehouse: false,
      };
    case "semantic_model":
      return {
        sections: <SemanticModelSections semantic={details} />,
        facts: <NodeFacts node={node} />,
        hasBuild: false,
        hasWarehouse: false,
      };
    case "saved_query":
      return {
        sections: <SavedQuerySections query={details} />,
        facts: <NodeFacts node={node} />,
        hasBuild: false,
        hasWarehouse: false,
      };
    case "test":
      return {
        badges: <TestBadges node={node} />,
        sections: <TestSections node={node} />,
        facts: <NodeFacts node={node} />,
        hasBuild: true,
        hasWarehouse: false,
        lineageTitle: "What it reads",
        lineageDirections: "upstream",
      };
    case "unit_test":
      return {
        badges: <TestBadges node={node} />,
        sections: <UnitTestSections node={node} unit={details} />,
        facts: <NodeFacts node={node} />,
        hasBuild: true,
        hasWarehouse: false,
        lineageTitle: "What it reads",
        lineageDirections: "upstream",
      };
    case "analysis":
    case "operation":
    case "sql_operation":
    case "function":
    case "other":
      return {
        sections:
          node.columns.length > 0 ? <ColumnsSection node={node} /> : null,
        facts: <NodeFacts node={node} />,
        hasBuild: node.runResult !== null,
        hasWarehouse: node.catalog !== null,
      };
  }
}

/**
 * The page of any node but a model: the common header, description, lineage
 * and code, with the sections and facts its resource type adds (freshness
 * for a source, the definition of a metric, what a test checks, ...).
 */
export function NodeDetailView({ node }: { node: NodeDetail }) {
  const type = toResourceType(node.resourceType);
  const parts = getParts(node);
  const isTest = isTestType(node.resourceType);
  return (
    <>
      <NodeHeader
        node={node}
        meta={
          <div className="flex w-full flex-col gap-2.5">
            <div className="flex flex-wrap items-center gap-1.5">
              {parts.badges}
              <TagList tags={node.tags} />
            </div>
            <OwnerLine group={node.group} />
          </div>
        }
        actions={
          <LineageLinks
            project={node.project}
            uniqueId={node.uniqueId}
            hasImpact={!isTest && type !== "exposure"}
          />
        }
      />
      <NodeLayout
        asideLabel="About this node"
        main={
          <>
            {isTest && !node.description.trim() ? null : (
              <DescriptionSection description={node.description} />
            )}
            {parts.sections}
            <NeighboursSection
              parents={node.parents}
              childNodes={node.children}
              title={parts.lineageTitle}
              directions={parts.lineageDirections}
            />
            <CodeSection
              rawCode={node.rawCode}
              compiledCode={node.compiledCode}
              language={node.language}
            />
          </>
        }
        aside={
          <>
            {parts.facts}
            {parts.hasBuild ? (
              <BuildCard
                runResult={node.runResult}
                title={isTest ? "Latest run" : "Last build"}
              />
            ) : null}
            {parts.hasWarehouse ? (
              <WarehouseCard catalog={node.catalog} />
            ) : null}
            <MetaCard meta={node.meta} />
          </>
        }
      />
    </>
  );
}
