import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { hasTrait } from "@/lib/artifacts/resource-types";
import type { NodeDetail } from "@/lib/db/queries/nodes";

/** A relation name in a box with a button that copies it: the name to query in the warehouse. */
export function RelationName({ relation }: { relation: string }) {
  return (
    <span className="flex items-start gap-1 rounded-md border border-border bg-surface-sunken py-0.5 pr-0.5 pl-2">
      <code className="min-w-0 flex-1 py-1 font-mono text-xs break-all text-fg">
        {relation}
      </code>
      <CopyButton value={relation} label="Copy relation name" />
    </span>
  );
}

/** A fact that needs the card's full width: a label above its value. */
export function FactBlock({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1 text-[13px]">
      <p className="text-fg-muted">{label}</p>
      {children}
    </div>
  );
}

/** Where a node's code lives in its project. */
export function FileFact({ path }: { path: string | null }) {
  if (!path) return null;
  return (
    <FactBlock label="File">
      <code className="font-mono text-xs break-all text-fg-muted">{path}</code>
    </FactBlock>
  );
}

/** Where a node lives: type-specific facts first, then its relation and file. */
export function NodeFacts({
  node,
  title = "About",
  lead,
  children,
}: {
  node: NodeDetail;
  title?: string;
  /** Full-width content above the facts (an owner). */
  lead?: ReactNode;
  /** Type-specific facts, listed before the common ones. */
  children?: ReactNode;
}) {
  const isRelational = hasTrait(node.resourceType, "isRelation");
  const isMaterializedShown = Boolean(node.materialized) && isRelational;
  const isPackageShown = node.packageName !== node.project;
  const hasFacts = Boolean(children) || isMaterializedShown || isPackageShown;
  return (
    <Card>
      <CardHeader title={title} />
      <CardBody className="flex flex-col gap-4">
        {lead}
        {hasFacts ? (
          <KeyValueList>
            {children}
            {isMaterializedShown ? (
              <KeyValue label="Materialized">{node.materialized}</KeyValue>
            ) : null}
            {isPackageShown ? (
              <KeyValue label="Package">{node.packageName}</KeyValue>
            ) : null}
          </KeyValueList>
        ) : null}
        {isRelational && node.relationName ? (
          <FactBlock label="Relation">
            <RelationName relation={node.relationName} />
          </FactBlock>
        ) : null}
        <FileFact path={node.originalFilePath} />
      </CardBody>
    </Card>
  );
}
