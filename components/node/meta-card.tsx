import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { listMetaEntries } from "./meta";

/** The team's own metadata from `meta:` (owner, SLA, domain...), as written. */
export function MetaCard({ meta }: { meta: Record<string, unknown> }) {
  const entries = listMetaEntries(meta);
  if (entries.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Metadata" description="From the node's meta config" />
      <CardBody>
        <KeyValueList>
          {entries.map(([key, value]) => (
            <KeyValue
              key={key}
              label={<span className="font-mono text-xs">{key}</span>}
            >
              {value}
            </KeyValue>
          ))}
        </KeyValueList>
      </CardBody>
    </Card>
  );
}
