import { GraphSkeleton } from "@/components/graph/graph-skeleton";

export default function Loading() {
  return <GraphSkeleton label="Loading the lineage…" />;
}
