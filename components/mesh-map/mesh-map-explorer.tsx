"use client";

import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import { useTimedGraphLayout } from "@/components/graph/use-graph-layout";
import { cn } from "@/components/ui/cn";
import { formatPlural } from "@/components/ui/format-number";
import { MeshMapActionsContext } from "./mesh-map-actions";
import type { MeshMapData } from "./mesh-map-data";
import { toDependencyId } from "./mesh-map-data";
import { toMeshLayoutRequest } from "./mesh-map-layout";
import { MeshMapLegend } from "./mesh-map-legend";
import { MeshMapTables } from "./mesh-map-tables";
import { RefsPanel } from "./refs-panel";
import { LayoutFailed, LayoutPending } from "@/components/graph/layout-status";

// React Flow writes style attributes: drawn in the browser only (see the CSP).
const MeshMapFlow = dynamic(() => import("./mesh-map-flow"), { ssr: false });

/**
 * The mesh map: projects and their dependencies laid out in the layout
 * worker; choosing a dependency lists its refs. With `hasTables`, the same
 * map as tables below (the keyboard and screen-reader way in), and the
 * chosen dependency kept in the URL (`?edge=producer~consumer`).
 */
export function MeshMapExplorer({
  data,
  initialSelected = null,
  hasTables = false,
  className,
}: {
  data: MeshMapData;
  initialSelected?: string | null;
  hasTables?: boolean;
  className?: string;
}) {
  const [selectedId, setSelectedId] = useState<string | null>(initialSelected);
  const request = useMemo(() => toMeshLayoutRequest(data), [data]);
  const layout = useTimedGraphLayout(
    "mesh-map",
    request,
    () => import("./mesh-map-flow"),
  );

  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      if (!hasTables) return;
      // Written by hand: project names need no escaping, and `~` stays readable.
      const params = new URLSearchParams(window.location.search);
      params.delete("edge");
      const query = [params.toString(), id ? `edge=${id}` : ""]
        .filter((part) => part !== "")
        .join("&");
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${query === "" ? "" : `?${query}`}`,
      );
    },
    [hasTables],
  );
  const actions = useMemo(() => ({ select }), [select]);
  const selected =
    data.dependencies.find(
      (d) => toDependencyId(d.producer, d.consumer) === selectedId,
    ) ?? null;

  return (
    <MeshMapActionsContext.Provider value={actions}>
      <div className="flex flex-col gap-3">
        <div
          data-graph="mesh-map"
          className={cn(
            "relative h-[64vh] min-h-[420px] overflow-hidden rounded-lg border border-border bg-surface-sunken",
            className,
          )}
        >
          {layout.result ? (
            <MeshMapFlow
              data={data}
              layout={layout.result}
              selectedId={selectedId}
              isCompact={!hasTables}
            />
          ) : null}
          {!layout.result ? (
            <LayoutPending>
              Laying out {formatPlural(data.projects.length, "project")}…
            </LayoutPending>
          ) : null}
          {layout.error ? (
            <LayoutFailed>
              The map could not be laid out ({layout.error}).
            </LayoutFailed>
          ) : null}
          {selected ? (
            <div className="absolute top-3 right-3 bottom-3 z-10 flex w-[min(22rem,calc(100%-1.5rem))] flex-col justify-start">
              <RefsPanel dependency={selected} onClose={() => select(null)} />
            </div>
          ) : null}
        </div>
        <MeshMapLegend />
        {hasTables ? <MeshMapTables data={data} onShowRefs={select} /> : null}
      </div>
    </MeshMapActionsContext.Provider>
  );
}
