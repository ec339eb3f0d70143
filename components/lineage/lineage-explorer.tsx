"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTimedGraphLayout } from "@/components/graph/use-graph-layout";
import { formatPlural } from "@/components/ui/format-number";
import { LineageActionsContext, type LineageActions } from "./lineage-actions";
import {
  neighboursSchema,
  type LineageData,
  type LineageNodeData,
  type Neighbours,
} from "./lineage-data";
import type { CenterTarget } from "./lineage-flow";
import { toLayoutRequest } from "./lineage-layout";
import { LineageLegend } from "./lineage-legend";
import { LineageList } from "./lineage-list";
import type { LineageQueryState } from "./lineage-query";
import { LineageSearchBox } from "./lineage-search-box";
import { LineageSummary } from "./lineage-summary";
import { LineageToolbar } from "./lineage-toolbar";
import { mergeNeighbours, type ExpandSide } from "./merge-neighbours";
import { LayoutFailed, LayoutPending } from "@/components/graph/layout-status";

// React Flow writes style attributes: drawn in the browser only (see the CSP).
const LineageFlow = dynamic(() => import("./lineage-flow"), { ssr: false });

async function fetchNeighbours(
  node: LineageNodeData,
  side: ExpandSide,
  types: readonly string[] | null,
): Promise<Neighbours> {
  const params = new URLSearchParams({
    node: node.uniqueId,
    project: node.project,
    direction: side,
  });
  if (types) params.set("types", types.join(","));
  const response = await fetch(`/api/v1/lineage/neighbours?${params}`);
  if (!response.ok)
    throw new Error(`The neighbours of ${node.name} could not be loaded`);
  return neighboursSchema.parse(await response.json());
}

/**
 * A lineage view in the browser: the toolbar (hops, types, search), the
 * canvas laid out in the layout worker, and the same view as tables.
 * Expanding a node adds its neighbours here, without a new page.
 */
export function LineageExplorer({
  initial,
  project,
  uniqueId,
  query,
}: {
  initial: LineageData;
  project: string;
  uniqueId: string;
  query: LineageQueryState;
}) {
  const [data, setData] = useState(initial);
  const [expanding, setExpanding] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<CenterTarget | null>(null);
  const [matchId, setMatchId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const sequence = useRef(0);
  // The data an expansion that ends later merges into: never a stale closure.
  const latest = useRef(initial);
  useEffect(() => {
    latest.current = data;
  }, [data]);
  const queryClient = useQueryClient();
  const request = useMemo(() => toLayoutRequest(data), [data]);
  const layout = useTimedGraphLayout(
    "lineage",
    request,
    () => import("./lineage-flow"),
  );

  const show = useCallback((id: string) => {
    sequence.current += 1;
    setTarget({ id, seq: sequence.current });
  }, []);

  const expand = useCallback(
    (nodeId: string, side: ExpandSide) => {
      const node = latest.current.nodes.find(
        (n): n is LineageNodeData => n.kind === "node" && n.id === nodeId,
      );
      if (!node) return;
      setExpanding((s) => new Set(s).add(nodeId));
      queryClient
        .fetchQuery({
          queryKey: ["lineage-neighbours", nodeId, side, query.types],
          queryFn: () => fetchNeighbours(node, side, query.types),
        })
        .then((neighbours) => {
          const merged = mergeNeighbours(
            latest.current,
            nodeId,
            side,
            neighbours,
            query,
          );
          setData((current) =>
            current === latest.current
              ? merged.data
              : mergeNeighbours(current, nodeId, side, neighbours, query).data,
          );
          const what = side === "up" ? "parent" : "child";
          setAnnouncement(
            merged.added.length === 0
              ? `${node.name} has no ${side === "up" ? "parents" : "children"} beyond those shown.`
              : `Added ${formatPlural(merged.added.length, what, side === "up" ? "parents" : "children")} of ${node.name}.`,
          );
          show(nodeId);
        })
        .catch((error: unknown) =>
          setAnnouncement(
            error instanceof Error ? error.message : String(error),
          ),
        )
        .finally(() =>
          setExpanding((s) => {
            const next = new Set(s);
            next.delete(nodeId);
            return next;
          }),
        );
    },
    [query, queryClient, show],
  );

  const actions = useMemo<LineageActions>(
    () => ({ query, expand, expanding }),
    [query, expand, expanding],
  );

  return (
    <LineageActionsContext.Provider value={actions}>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <LineageToolbar project={project} uniqueId={uniqueId} query={query} />
          <LineageSearchBox
            elements={data.nodes}
            onChoose={(node) => {
              setMatchId(node.id);
              show(node.id);
            }}
          />
        </div>
        <LineageSummary data={data} />
        <div
          data-graph="lineage"
          className="relative h-[68vh] min-h-[420px] overflow-hidden rounded-lg border border-border bg-surface-sunken"
        >
          {layout.result ? (
            <LineageFlow
              data={data}
              layout={layout.result}
              target={target}
              matchId={matchId}
            />
          ) : null}
          {layout.isPending || !layout.result ? (
            <LayoutPending>
              Laying out {formatPlural(data.nodes.length, "node")}…
            </LayoutPending>
          ) : null}
          {layout.error ? (
            <LayoutFailed>
              The graph could not be laid out ({layout.error}). The tables below
              list the same nodes and edges.
            </LayoutFailed>
          ) : null}
        </div>
        <p
          role="status"
          aria-live="polite"
          className="min-h-5 text-xs text-fg-muted"
        >
          {announcement}
        </p>
        <LineageLegend />
        <section aria-labelledby="lineage-list-title" className="mt-4">
          <h2
            id="lineage-list-title"
            className="mb-1 text-base font-semibold tracking-tight text-fg"
          >
            Nodes and edges
          </h2>
          <p className="mb-3 max-w-prose text-[13px] text-fg-muted">
            The same view as tables: the nodes drawn above, and the edges
            between them. A large view lists the nodes nearest the focus first;
            the rest are a click away.
          </p>
          <LineageList data={data} query={query} />
        </section>
      </div>
    </LineageActionsContext.Provider>
  );
}
