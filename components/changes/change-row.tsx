import Link from "next/link";
import type { ChangeItem } from "@/lib/db/queries/changes";
import { CHANGE_KINDS } from "@/lib/governance/diff-kinds";
import type { ConsumerHit } from "@/lib/governance/diff-types";
import { parseUniqueId } from "@/lib/mesh/edges";
import { nodeUrl } from "@/lib/urls";
import { CategoryBadge } from "./category-badge";

function isGone(change: ChangeItem): boolean {
  return change.kind === "node_removed" || change.kind === "version_removed";
}

function ConsumerLine({ hit }: { hit: ConsumerHit }) {
  const { version } = parseUniqueId(hit.uniqueId);
  return (
    <li className="flex flex-col gap-x-2 sm:flex-row sm:flex-wrap sm:items-baseline">
      <span className="flex items-baseline gap-2">
        <Link
          href={nodeUrl({ ...hit, version })}
          className="font-medium text-fg underline-offset-2 hover:underline"
        >
          <span className="text-fg-muted">{hit.project}.</span>
          {hit.name}
        </Link>
        {hit.resourceType === "model" ? null : (
          <span className="text-fg-subtle">{hit.resourceType}</span>
        )}
      </span>
      <span className="text-fg-muted">
        {hit.pinnedVersion === null
          ? "follows the latest"
          : `pins v${hit.pinnedVersion}`}
        {hit.owners.length > 0 ? ` · ${hit.owners.join(", ")}` : ""}
      </span>
    </li>
  );
}

/** One change: what it is, on which node, and for a breaking one whom it hits. */
export function ChangeRow({ change }: { change: ChangeItem }) {
  return (
    <li id={`change-${change.id}`} className="scroll-mt-20 px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <CategoryBadge category={change.category} />
        <span className="text-[13px] font-medium text-fg">
          {CHANGE_KINDS[change.kind].title}
        </span>
        <span className="text-[13px] text-fg-subtle">·</span>
        {isGone(change) ? (
          <span className="font-mono text-xs text-fg-muted">
            {change.uniqueId}
          </span>
        ) : (
          <Link
            href={nodeUrl(change)}
            className="font-mono text-xs text-fg-muted underline-offset-2 hover:text-fg hover:underline"
          >
            {change.uniqueId}
          </Link>
        )}
      </div>
      <p className="mt-1 text-[13px] text-fg">{change.summary}</p>
      {change.consumers.length > 0 ? (
        <div className="mt-2 rounded-md bg-fail/5 px-3 py-2 ring-1 ring-fail/15 ring-inset">
          <p className="text-xs font-medium text-fail">
            Hits {change.consumers.length} consumer
            {change.consumers.length === 1 ? "" : "s"}
          </p>
          <ul className="mt-1 flex flex-col gap-1 text-[13px]">
            {change.consumers.map((hit) => (
              <ConsumerLine key={`${hit.project}:${hit.uniqueId}`} hit={hit} />
            ))}
          </ul>
        </div>
      ) : change.category === "breaking" ? (
        <p className="mt-1 text-xs text-fg-muted">
          No known consumer reads it.
        </p>
      ) : null}
    </li>
  );
}
