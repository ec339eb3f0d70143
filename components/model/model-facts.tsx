import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { MailLink } from "@/components/ui/external-link";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { describeModelConstraints } from "../node/constraints";

/** Governance and location of a model: owner, group, access, contract, materialization, relation. */
export function ModelFacts({ model }: { model: NodeDetail }) {
  const modelConstraints = describeModelConstraints(model.constraints);
  return (
    <Card>
      <CardHeader title="About" />
      <CardBody>
        <KeyValueList>
          <KeyValue label="Owner">
            {model.group?.ownerName || model.group?.ownerEmail ? (
              <span className="flex flex-col">
                {model.group.ownerName ? (
                  <span>{model.group.ownerName}</span>
                ) : null}
                {model.group.ownerEmail ? (
                  <MailLink email={model.group.ownerEmail} />
                ) : null}
              </span>
            ) : null}
          </KeyValue>
          <KeyValue label="Group">{model.group?.name}</KeyValue>
          <KeyValue label="Access">
            {model.access ?? "protected (default)"}
          </KeyValue>
          <KeyValue label="Contract">
            {model.contractEnforced ? "enforced" : "not enforced"}
          </KeyValue>
          <KeyValue label="Materialized">{model.materialized}</KeyValue>
          {modelConstraints.length > 0 ? (
            <KeyValue label="Constraints">
              <ul className="font-mono text-xs">
                {modelConstraints.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </KeyValue>
          ) : null}
          <KeyValue label="Relation">
            {model.relationName ? (
              <span className="flex items-start gap-1">
                <code className="min-w-0 py-1 font-mono text-xs break-all">
                  {model.relationName}
                </code>
                <CopyButton
                  value={model.relationName}
                  label="Copy relation name"
                  className="-my-0.5"
                />
              </span>
            ) : model.materialized === "ephemeral" ? (
              <span className="text-fg-muted">none (ephemeral)</span>
            ) : null}
          </KeyValue>
          <KeyValue label="File">
            {model.originalFilePath ? (
              <code className="font-mono text-xs break-all">
                {model.originalFilePath}
              </code>
            ) : null}
          </KeyValue>
        </KeyValueList>
      </CardBody>
    </Card>
  );
}
