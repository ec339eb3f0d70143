import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { formatPlural } from "@/components/ui/format-number";
import { Section } from "@/components/ui/section";
import { isTestType } from "@/lib/artifacts/resource-types";
import type { NeighbourView } from "@/lib/db/queries/neighbours";
import { NeighbourList } from "./neighbour-list";

/**
 * What a node reads and what reads it, across projects. Tests among the
 * children are left out: they have their own section.
 */
export function NeighboursSection({
  parents,
  childNodes,
  upstreamTitle = "Upstream",
  downstreamTitle = "Downstream",
  title = "Upstream and downstream",
  directions = "both",
}: {
  parents: NeighbourView[];
  childNodes: NeighbourView[];
  upstreamTitle?: string;
  downstreamTitle?: string;
  title?: string;
  /** Sources have no parents, exposures and tests no children worth a card. */
  directions?: "both" | "upstream" | "downstream";
}) {
  const consumers = childNodes.filter((c) => !isTestType(c.resourceType));
  const crossProject = consumers.filter((c) => c.isCrossProject).length;
  return (
    <Section
      id="lineage"
      title={title}
      description={
        directions === "both"
          ? "Direct parents and children, in this project and across the mesh."
          : undefined
      }
    >
      <div
        className={
          directions === "both"
            ? "grid grid-cols-1 gap-4 md:grid-cols-2"
            : "grid grid-cols-1 gap-4"
        }
      >
        {directions === "downstream" ? null : (
          <NeighbourCard
            icon={
              <ArrowUpRight aria-hidden className="size-3.5 text-fg-subtle" />
            }
            title={upstreamTitle}
            summary={formatPlural(parents.length, "parent")}
            items={parents}
            empty="Reads no other node."
          />
        )}
        {directions === "upstream" ? null : (
          <NeighbourCard
            icon={
              <ArrowDownLeft aria-hidden className="size-3.5 text-fg-subtle" />
            }
            title={downstreamTitle}
            summary={
              crossProject > 0
                ? `${formatPlural(consumers.length, "child", "children")}, ${crossProject} in other projects`
                : formatPlural(consumers.length, "child", "children")
            }
            items={consumers}
            empty="Nothing reads it yet."
          />
        )}
      </div>
    </Section>
  );
}

function NeighbourCard({
  icon,
  title,
  summary,
  items,
  empty,
}: {
  icon: ReactNode;
  title: string;
  summary: string;
  items: NeighbourView[];
  empty: string;
}) {
  return (
    <Card className="min-w-0 overflow-hidden">
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            {icon}
            {title}
          </span>
        }
        description={summary}
      />
      {items.length === 0 ? (
        <p className="px-4 py-3 text-[13px] text-fg-subtle">{empty}</p>
      ) : (
        <NeighbourList items={items} label={title} />
      )}
    </Card>
  );
}
