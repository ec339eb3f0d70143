import { NodeSkeleton } from "@/components/node/node-skeleton";

export default function Loading() {
  return <NodeSkeleton label="Loading model…" />;
}
