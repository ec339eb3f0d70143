import { Info, Layers } from "lucide-react";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import type { LineageData } from "./lineage-data";

/** What the view holds, and why it may hold less than the whole lineage. */
export function LineageSummary({ data }: { data: LineageData }) {
  const nodes = data.nodes.filter((n) => n.kind === "node");
  const projects = new Set(nodes.map((n) => n.project));
  const crossing = data.edges.filter((e) => e.crossProject && !e.hidden).length;
  const hidden = data.edges.filter((e) => e.hidden).length;
  const folded = data.nodes.reduce(
    (sum, n) => sum + (n.kind === "group" ? n.count : 0),
    0,
  );
  return (
    <div className="flex flex-col gap-2">
      <p className="text-[13px] text-fg-muted">
        {formatPlural(nodes.length, "node")} drawn in{" "}
        {formatPlural(projects.size, "project")}
        {crossing > 0 ? (
          <>
            ,{" "}
            <span className="font-medium text-cross-project">
              {formatPlural(crossing, "cross-project edge")}
            </span>
          </>
        ) : null}
        {hidden > 0 ? (
          <>
            ,{" "}
            <span className="font-medium text-warn">
              {formatPlural(hidden, "hidden dependency", "hidden dependencies")}
            </span>{" "}
            (a source reading another project&apos;s model without a ref)
          </>
        ) : null}
        .
      </p>
      {data.collapsed ? (
        <p className="flex items-start gap-2 rounded-md border border-border bg-surface px-3 py-2 text-[13px] text-fg-muted">
          <Layers
            aria-hidden
            className="mt-0.5 size-4 shrink-0 text-fg-subtle"
          />
          <span>
            This lineage has {formatCount(data.total)} nodes, too many to draw
            at once: the focus and its direct neighbours are drawn, and{" "}
            {formatCount(folded)} more are folded into groups by project and dbt
            group. Expand a node to pull its neighbours out of their group, or
            show fewer hops.
          </span>
        </p>
      ) : null}
      {data.truncated ? (
        <p className="flex items-start gap-2 rounded-md border border-warn/30 bg-warn/5 px-3 py-2 text-[13px] text-fg">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-warn" />
          <span>
            The lineage was cut short at {formatCount(data.total)} nodes, the
            nearest hops first. Show fewer hops or fewer types to see all of it.
          </span>
        </p>
      ) : null}
    </div>
  );
}
