"use client";

import { LoaderCircle } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo } from "react";
import { useGraphLayout } from "@/components/graph/use-graph-layout";
import { cn } from "@/components/ui/cn";
import type { Star } from "@/lib/mesh/star/types";
import { toStarLayoutRequest } from "./star-layout";

// React Flow writes style attributes: drawn in the browser only (see the CSP).
const StarFlow = dynamic(() => import("./star-flow"), { ssr: false });

/** The star's diagram, laid out in the layout worker; as tall as the star needs, within bounds. */
export function StarDiagram({ star }: { star: Star }) {
  return (
    <div className="flex flex-col gap-2">
      <StarCanvas star={star} />
      <StarLegend isUpstream={star.kind === "upstream"} />
    </div>
  );
}

function StarLegend({ isUpstream }: { isUpstream: boolean }) {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-fg-muted"
    >
      <li>
        <span className="font-semibold text-gold">PK</span> primary key
      </li>
      <li>
        <span className="font-semibold text-accent">FK</span> foreign key
      </li>
      <li>N:1 many-to-one · 1:1 one-to-one · ? not declared</li>
      <li className="text-cross-project">Dashed purple: across projects</li>
      {isUpstream ? <li>Dotted: the product is built from it</li> : null}
    </ul>
  );
}

function StarCanvas({ star }: { star: Star }) {
  const request = useMemo(() => toStarLayoutRequest(star), [star]);
  const layout = useGraphLayout(request);
  const tallest = Math.max(...request.nodes.map((n) => n.height));
  return (
    <div
      data-graph="star"
      className={cn(
        "relative overflow-hidden rounded-lg border border-border bg-surface-sunken",
        tallest > 330 || star.tables.length > 3 ? "h-[460px]" : "h-[380px]",
      )}
    >
      {layout.result ? (
        <StarFlow star={star} layout={layout.result} />
      ) : (
        <div className="absolute inset-0 grid place-items-center">
          <span className="inline-flex items-center gap-2 text-xs text-fg-muted">
            <LoaderCircle aria-hidden className="size-3.5 animate-spin" />
            Drawing the star…
          </span>
        </div>
      )}
      {layout.error ? (
        <p
          role="alert"
          className="absolute inset-x-4 top-4 text-[13px] text-fail"
        >
          The diagram could not be drawn ({layout.error}); the joins are listed
          below.
        </p>
      ) : null}
    </div>
  );
}
