import { KeyRound } from "lucide-react";
import { AccessBadge } from "@/components/ui/access-badge";
import { Pill } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { readGrants } from "./grants";

/** What an access level lets other models do, in a reader's words. */
export function describeAccess(
  model: Pick<NodeDetail, "access" | "project" | "group">,
): string {
  switch (model.access) {
    case "public":
      return "Any project in the mesh may ref it.";
    case "private":
      return model.group
        ? `Only models in its group, ${model.group.name}, may ref it.`
        : "Only models in its group may ref it.";
    case "protected":
    case null:
      return `Only models of ${model.project} (and projects that install it as a package) may ref it.`;
    default:
      return `Access "${model.access}" is not one dbt knows.`;
  }
}

/**
 * Who may use the product: which dbt models may ref it (its access level)
 * and which warehouse roles may read its relation (`config.grants`).
 */
export function AccessSection({ model }: { model: NodeDetail }) {
  const grants = readGrants(model.config);
  return (
    <Section
      id="access"
      title="Access"
      description="Who may build on it in dbt, and who may read it in the warehouse."
    >
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 *:min-w-0">
        <Card>
          <CardHeader title="In dbt" />
          <CardBody className="flex flex-col items-start gap-2 text-[13px]">
            <AccessBadge access={model.access ?? "protected"} />
            <p className="text-fg-muted">{describeAccess(model)}</p>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Grants"
            description={
              grants.length > 0 ? "Applied by dbt on every build" : undefined
            }
          />
          <CardBody className="text-[13px]">
            {grants.length === 0 ? (
              <p className="text-fg-muted">
                No grants in its config: who may read{" "}
                {model.relationName ? (
                  <code className="font-mono text-xs break-all text-fg">
                    {model.relationName}
                  </code>
                ) : (
                  "it"
                )}{" "}
                is managed outside dbt, if at all.
              </p>
            ) : (
              <dl className="flex flex-col gap-2.5">
                {grants.map((grant) => (
                  <div key={grant.privilege} className="flex flex-col gap-1">
                    <dt className="flex items-center gap-1.5 font-mono text-xs text-fg">
                      <KeyRound
                        aria-hidden
                        className="size-3.5 text-fg-subtle"
                      />
                      {grant.privilege}
                      {grant.isAdditive ? (
                        <span className="font-sans text-[11px] text-fg-subtle">
                          added to existing grants
                        </span>
                      ) : null}
                    </dt>
                    <dd>
                      <ul
                        aria-label={`Granted ${grant.privilege} to`}
                        className="flex flex-wrap gap-1.5"
                      >
                        {grant.grantees.map((grantee) => (
                          <li key={grantee}>
                            <Pill>{grantee}</Pill>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </CardBody>
        </Card>
      </div>
    </Section>
  );
}
