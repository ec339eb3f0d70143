import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { FactBlock, RelationName } from "../node/node-facts";
import { buildRefOptions } from "@/lib/mesh/ref-snippet";

/**
 * How to use a product: the ref to paste into a dbt model (unpinned and
 * pinned when it is versioned), and the relation to query for SQL users.
 */
export function UseItCard({ model }: { model: NodeDetail }) {
  const options = buildRefOptions(model);
  const scope = options[0]?.scope;
  return (
    <section aria-label="Use it">
      <Card>
        <CardHeader title="Use it" description={scope} />
        <CardBody className="flex flex-col gap-4">
          {options.map((option) => (
            <div key={option.title} className="flex flex-col gap-1.5">
              {options.length > 1 ? (
                <p className="text-[13px] font-medium text-fg">
                  {option.title}
                </p>
              ) : null}
              <div className="flex items-start gap-1 rounded-md border border-border bg-surface-sunken py-1 pr-1 pl-2.5">
                <code className="min-w-0 flex-1 py-1 font-mono text-xs break-words text-fg">
                  {option.code}
                </code>
                <CopyButton
                  value={option.code}
                  label={
                    options.length > 1
                      ? `Copy ref (${option.title.toLowerCase()})`
                      : "Copy ref"
                  }
                />
              </div>
              <p className="text-xs text-fg-muted">{option.note}</p>
            </div>
          ))}
          {model.relationName ? (
            <FactBlock label="In SQL, outside dbt">
              <RelationName relation={model.relationName} />
            </FactBlock>
          ) : null}
        </CardBody>
      </Card>
    </section>
  );
}
