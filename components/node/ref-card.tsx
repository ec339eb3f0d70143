import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { buildRefSnippet, type RefTarget } from "@/lib/mesh/ref-snippet";

/** How to use a model from SQL: the ref to paste, with where it works. */
export function RefCard({ target }: { target: RefTarget }) {
  const snippet = buildRefSnippet(target);
  return (
    <Card>
      <CardHeader title="Use it" description={snippet.scope} />
      <CardBody>
        <div className="flex items-start gap-1 rounded-md border border-border bg-surface-sunken py-1 pr-1 pl-2.5">
          <code className="min-w-0 flex-1 py-1 font-mono text-xs break-words text-fg">
            {snippet.code}
          </code>
          <CopyButton value={snippet.code} label="Copy ref" />
        </div>
      </CardBody>
    </Card>
  );
}
