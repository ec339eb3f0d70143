import { TriangleAlert } from "lucide-react";
import { CodeBlock } from "@/components/ui/code-block";
import type { JoinAdvice } from "@/lib/mesh/star/join-snippet";

/**
 * The queries that join a product to its star without repeating its rows:
 * the fan-out warning first when there is one, then each query with what
 * it returns and why it is safe.
 */
export function JoinQueries({ advice }: { advice: JoinAdvice }) {
  if (advice.queries.length === 0) return null;
  return (
    <div className="flex flex-col gap-4">
      {advice.fanOutWarning ? (
        <p
          role="note"
          className="flex items-start gap-2 rounded-lg border border-warn/30 bg-warn/5 px-4 py-3 text-[13px] text-fg"
        >
          <TriangleAlert
            aria-hidden
            className="mt-0.5 size-4 shrink-0 text-warn"
          />
          <span>{advice.fanOutWarning}</span>
        </p>
      ) : null}
      <ul aria-label="Queries" className="flex flex-col gap-4">
        {advice.queries.map((query) => (
          <li key={query.title} className="flex flex-col gap-2">
            <p className="text-[13px] text-fg-muted">{query.why}</p>
            <CodeBlock code={query.sql} language="sql" title={query.title} />
          </li>
        ))}
      </ul>
    </div>
  );
}
