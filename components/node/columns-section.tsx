import { Section } from "@/components/ui/section";
import { formatPlural } from "@/components/ui/format-number";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { ColumnsTable } from "./columns-table";
import { LineageStatusNote } from "@/components/column-lineage/lineage-status-note";

/** A node's columns, or a note on where they would come from. */
export function ColumnsSection({ node }: { node: NodeDetail }) {
  return (
    <Section
      id="columns"
      title="Columns"
      description={
        node.columns.length > 0
          ? `${formatPlural(node.columns.length, "column")}. Declared types from the contract or YAML; the warehouse's type below when it differs.`
          : undefined
      }
    >
      <LineageStatusNote status={node.columnLineage} />
      {node.columns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border-strong px-5 py-4 text-[13px] text-fg-muted">
          No columns documented, and none in the last catalog.json.
        </p>
      ) : (
        <ColumnsTable
          columns={node.columns}
          modelConstraints={node.constraints}
          project={node.project}
        />
      )}
    </Section>
  );
}
