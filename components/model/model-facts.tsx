import Link from "next/link";
import { KeyValue } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { groupUrl } from "@/lib/urls";
import { describeModelConstraints } from "../node/constraints";
import { NodeFacts } from "../node/node-facts";
import { OwnerBlockList } from "../product/owner-list";
import type { OwnerEntry } from "../product/owners";

/** Governance and location of a model: owners, group, access, contract, materialization, relation. */
export function ModelFacts({
  model,
  owners,
}: {
  model: NodeDetail;
  owners: readonly OwnerEntry[];
}) {
  const modelConstraints = describeModelConstraints(model.constraints);
  return (
    <NodeFacts
      node={model}
      lead={
        <OwnerBlockList
          owners={owners}
          missing="None declared: put the model in a group with an owner."
        />
      }
    >
      <KeyValue label="Group">
        {model.group ? (
          <Link
            href={groupUrl(model.project, model.group.name)}
            className="font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4"
          >
            {model.group.name}
          </Link>
        ) : null}
      </KeyValue>
      <KeyValue label="Access">
        {model.access ?? "protected (default)"}
      </KeyValue>
      <KeyValue label="Contract">
        {model.contractEnforced ? "enforced" : "not enforced"}
      </KeyValue>
      {modelConstraints.length > 0 ? (
        <KeyValue label="Constraints">
          <ul className="font-mono text-xs">
            {modelConstraints.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </KeyValue>
      ) : null}
    </NodeFacts>
  );
}
