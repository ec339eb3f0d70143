"use client";

import "@xyflow/react/dist/style.css";
import "@/components/graph/graph.css";
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { LayoutResult } from "@/components/graph/layout-types";
import { projectUrl } from "@/lib/urls";
import { DependencyEdgeView } from "./dependency-edge";
import type { MeshMapData } from "./mesh-map-data";
import {
  buildDependencyEdges,
  buildProjectNodes,
  type ProjectFlowNode,
} from "./mesh-map-elements";
import { useMeshMapActions } from "./mesh-map-actions";
import { ProjectNodeView } from "./project-node";
import { READ_ONLY_FLOW } from "@/components/graph/read-only-flow";
import { useFitOnce } from "@/components/graph/use-fit-once";

const NODE_TYPES = { project: ProjectNodeView };
const EDGE_TYPES = { dependency: DependencyEdgeView };

export type MeshMapFlowProps = {
  data: MeshMapData;
  layout: LayoutResult;
  selectedId: string | null;
  /** A small map (the home page's): no minimap over the projects. */
  isCompact: boolean;
};

/**
 * The mesh map canvas. Client-only: React Flow writes inline styles, which
 * the page's CSP allows from script but not in server-rendered markup.
 */
export default function MeshMapFlow(props: MeshMapFlowProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ data, layout, selectedId, isCompact }: MeshMapFlowProps) {
  const router = useRouter();
  const { select } = useMeshMapActions();
  const nodes = useMemo(() => buildProjectNodes(data, layout), [data, layout]);
  const edges = useMemo(
    () => buildDependencyEdges(data, layout, selectedId),
    [data, layout, selectedId],
  );
  // Once, readable or not: the minimap and zoom do the rest.
  useFitOnce("mesh-map", { padding: 0.1, maxZoom: 1, minZoom: 0.05 });
  return (
    <ReactFlow
      className="catalog-graph"
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      {...READ_ONLY_FLOW}
      minZoom={0.05}
      maxZoom={1.75}
      onNodeClick={(_, node: ProjectFlowNode) => {
        if (!node.data.project.isExternal)
          router.push(projectUrl(node.data.project.name));
      }}
      onEdgeClick={(_, edge) => select(edge.id)}
      aria-label="Mesh map"
    >
      <Background variant={BackgroundVariant.Dots} gap={18} size={1} />
      {isCompact ? null : (
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the mesh map"
          nodeColor="var(--border-strong)"
          nodeStrokeWidth={0}
          className="hidden sm:block"
        />
      )}
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
