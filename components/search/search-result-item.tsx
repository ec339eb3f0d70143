import Link from "next/link";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import {
  MaturityBadge,
  type MaturityLevel,
} from "@/components/ui/maturity-badge";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import {
  getResourceTypeLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import type { SearchHit } from "@/lib/db/queries/search";
import { MATURITY_LEVELS } from "@/lib/search/maturity";
import { describeMatchTier } from "@/lib/search/rank";
import { nodeUrl } from "@/lib/urls";
import { HighlightedText } from "./highlighted-text";

function isMaturityLevel(level: string | null): level is MaturityLevel {
  return (
    level !== null && (MATURITY_LEVELS as readonly string[]).includes(level)
  );
}

/** One search result: what it is, where it lives, why it matched, and the matching text. */
export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const facts = [
    hit.project,
    getResourceTypeLabel(toResourceType(hit.resourceType)),
    hit.materialized,
    hit.owners.slice(0, 2).join(", ") || null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <li className="group relative flex gap-3 px-4 py-3.5 transition-colors hover:bg-surface-muted/50">
      <ResourceTypeIcon type={hit.resourceType} className="mt-0.5" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            href={nodeUrl(hit)}
            className="min-w-0 font-mono text-sm font-medium break-all text-fg after:absolute after:inset-0 after:content-[''] hover:text-accent focus-visible:outline-none focus-visible:after:rounded-md focus-visible:after:ring-2 focus-visible:after:ring-accent"
          >
            <HighlightedText text={hit.name} ranges={hit.nameHighlights} />
          </Link>
          {hit.version ? <Badge>v{hit.version}</Badge> : null}
          {hit.otherVersions.length > 0 ? (
            <span className="relative z-10 inline-flex items-center gap-1 text-xs text-fg-subtle">
              also
              {hit.otherVersions.map((other) => (
                <Link
                  key={other.uniqueId}
                  href={nodeUrl({
                    ...hit,
                    uniqueId: other.uniqueId,
                    version: other.version,
                  })}
                  aria-label={`${hit.name} version ${other.version}`}
                  className="rounded border border-border px-1.5 py-px font-mono text-[11px] text-fg-muted hover:border-accent hover:text-accent focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none"
                >
                  v{other.version}
                </Link>
              ))}
            </span>
          ) : null}
          {hit.isProduct ? <Badge tone="accent">Data product</Badge> : null}
          {isMaturityLevel(hit.level) ? (
            <MaturityBadge level={hit.level} />
          ) : null}
          {hit.access ? <AccessBadge access={hit.access} /> : null}
        </div>
        <p className="text-xs text-fg-muted">
          {facts.join(" · ")}
          <span className="text-fg-subtle">
            {" "}
            · {describeMatchTier(hit.tier)}
          </span>
        </p>
        {hit.label ? (
          <p className="text-[13px] font-medium text-fg">{hit.label}</p>
        ) : null}
        {hit.description.text ? (
          <p className="line-clamp-2 text-[13px] text-pretty text-fg-muted">
            <HighlightedText
              text={hit.description.text}
              ranges={hit.description.ranges}
            />
          </p>
        ) : null}
        {hit.columns.length > 0 ? (
          <ul className="mt-0.5 flex flex-col gap-0.5 text-xs text-fg-muted">
            {hit.columns.map((column) => (
              <li key={column.name} className="truncate">
                <span className="font-mono text-fg">
                  <HighlightedText
                    text={column.name}
                    ranges={column.nameHighlights}
                  />
                </span>
                {column.description.text ? (
                  <>
                    {" — "}
                    <HighlightedText
                      text={column.description.text}
                      ranges={column.description.ranges}
                    />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {hit.tags.length > 0 ? (
          <div className="mt-0.5 flex flex-wrap gap-1">
            {hit.tags.slice(0, 5).map((tag) => (
              <Badge key={tag} shape="pill">
                {tag}
              </Badge>
            ))}
          </div>
        ) : null}
      </div>
    </li>
  );
}
