import { KeyValue } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { describeModelConstraints } from "../node/constraints";
import { NodeFacts } from "../node/node-facts";
import { OwnerBlock } from "../node/owner-block";

/** Governance and location of a model: owner, group, access, contract, materialization, relation. */
export function ModelFacts({ model }: { model: NodeDetail }) {
  const modelConstraints = describeModelConstraints(model.constraints);
  return (
    <NodeFacts
      node={model}
      lead={
        <OwnerBlock
          name={model.group?.ownerName ?? null}
          email={model.group?.ownerEmail ?? null}
          missing="None declared: put the model in a group with an owner."
        />
      }
    >
      <KeyValue label="Group">{model.group?.name}</KeyValue>
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
