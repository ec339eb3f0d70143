import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  COLUMN_EDGE_KIND_LABELS,
  type ColumnEdgeKind,
} from "@/lib/column-lineage/edge-kinds";
import type { ColumnSourceView } from "@/lib/db/queries/column-lineage-view";
import { modelUrl } from "@/lib/urls";

const KIND_TONES: Record<ColumnEdgeKind, BadgeTone> = {
  passthrough: "neutral",
  rename: "neutral",
  expression: "accent",
  aggregation: "warn",
  filter: "skipped",
};

/** How a column comes from the one upstream of it. */
export function EdgeKindBadge({ kind }: { kind: ColumnEdgeKind }) {
  return <Badge tone={KIND_TONES[kind]}>{COLUMN_EDGE_KIND_LABELS[kind]}</Badge>;
}

/** One upstream column, linked to its model, named with its project when that is another. */
export function ColumnSource({
  source,
  project,
}: {
  source: ColumnSourceView;
  project: string;
}) {
  const label = `${source.project === project ? "" : `${source.project} · `}${source.name ?? source.uniqueId}.${source.column}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {source.name !== null && source.uniqueId.startsWith("model.") ? (
        <Link
          href={modelUrl(source.project, source.name)}
          className="font-mono break-words text-accent hover:underline"
        >
          {label}
        </Link>
      ) : (
        <span className="font-mono break-words text-fg">{label}</span>
      )}
      <EdgeKindBadge kind={source.kind} />
    </span>
  );
}
