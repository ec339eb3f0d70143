import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatBytes, formatCount } from "@/components/ui/format-number";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { formatMetaValue } from "./meta";

// Shown in their own rows, or meaningless to a reader.
const HANDLED_STATS = new Set([
  "row_count",
  "num_rows",
  "bytes",
  "num_bytes",
  "has_stats",
]);

type Stat = { label: string; value: string };

function readOtherStats(stats: Record<string, unknown>): Stat[] {
  return Object.entries(stats).flatMap(([key, raw]): Stat[] => {
    if (HANDLED_STATS.has(key) || typeof raw !== "object" || raw === null)
      return [];
    const stat = raw as { label?: unknown; value?: unknown; include?: unknown };
    if (
      stat.include === false ||
      stat.value === undefined ||
      stat.value === null
    )
      return [];
    const label = typeof stat.label === "string" ? stat.label : key;
    return [{ label, value: formatMetaValue(stat.value) }];
  });
}

/** What the warehouse says about the relation (catalog.json): rows, size, type and other stats. */
export function WarehouseCard({ catalog }: { catalog: NodeDetail["catalog"] }) {
  return (
    <Card>
      <CardHeader title="In the warehouse" />
      <CardBody>
        {catalog ? (
          <KeyValueList>
            <KeyValue label="Rows">
              {catalog.rowCount === null ? null : formatCount(catalog.rowCount)}
            </KeyValue>
            <KeyValue label="Size">
              {catalog.bytes === null ? null : formatBytes(catalog.bytes)}
            </KeyValue>
            <KeyValue label="Type">
              {catalog.tableType ? catalog.tableType.toLowerCase() : null}
            </KeyValue>
            {readOtherStats(catalog.stats).map((stat) => (
              <KeyValue key={stat.label} label={stat.label}>
                {stat.value}
              </KeyValue>
            ))}
          </KeyValueList>
        ) : (
          <p className="text-[13px] text-fg-subtle">
            Not in the last catalog.json.
          </p>
        )}
      </CardBody>
    </Card>
  );
}
