import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";

/** A relation name in monospace with a button that copies it. */
export function RelationName({ relation }: { relation: string }) {
  return (
    <span className="flex items-start gap-1">
      <code className="min-w-0 py-1 font-mono text-xs break-all">
        {relation}
      </code>
      <CopyButton
        value={relation}
        label="Copy relation name"
        className="-my-0.5"
      />
    </span>
  );
}

/** Where a node lives: its relation, materialization and file, plus facts its type adds first. */
export function NodeFacts({
  node,
  title = "About",
  children,
}: {
  node: NodeDetail;
  title?: string;
  /** Type-specific facts, listed before the common ones. */
  children?: ReactNode;
}) {
  const isRelational = ["source", "seed", "snapshot", "model"].includes(
    node.resourceType,
  );
  return (
    <Card>
      <CardHeader title={title} />
      <CardBody>
        <KeyValueList>
          {children}
          {isRelational ? (
            <KeyValue label="Relation">
              {node.relationName ? (
                <RelationName relation={node.relationName} />
              ) : null}
            </KeyValue>
          ) : null}
          {node.materialized && node.resourceType !== "test" ? (
            <KeyValue label="Materialized">{node.materialized}</KeyValue>
          ) : null}
          {node.packageName !== node.project ? (
            <KeyValue label="Package">{node.packageName}</KeyValue>
          ) : null}
          <KeyValue label="File">
            {node.originalFilePath ? (
              <code className="font-mono text-xs break-all">
                {node.originalFilePath}
              </code>
            ) : null}
          </KeyValue>
        </KeyValueList>
      </CardBody>
    </Card>
  );
}
