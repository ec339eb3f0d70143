import { TextSearch } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The results page before anything is asked: how to search. */
export function SearchStart() {
  return (
    <>
      <PageHeader title="Search" />
      <EmptyState
        icon={TextSearch}
        title="Search the mesh"
        description={
          <p>
            Type a model, source or column name in the box above (press{" "}
            <kbd className="rounded border border-border-strong px-1 font-mono text-xs">
              /
            </kbd>{" "}
            to get there). Narrow with{" "}
            <code className="font-mono text-xs text-fg">type:source</code>,{" "}
            <code className="font-mono text-xs text-fg">project:finance</code>{" "}
            or <code className="font-mono text-xs text-fg">access:public</code>.
          </p>
        }
        className="mt-2"
      />
    </>
  );
}
