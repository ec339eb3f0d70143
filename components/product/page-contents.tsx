import { cn } from "@/components/ui/cn";

export type ContentsItem = { id: string; label: string };

/**
 * "On this page": links to a long page's sections. It sticks below the site
 * header on wide screens, where the sidebar has room for it.
 */
export function PageContents({
  items,
  className,
}: {
  items: readonly ContentsItem[];
  className?: string;
}) {
  return (
    <nav
      aria-label="On this page"
      className={cn(
        "hidden rounded-lg border border-border bg-surface px-4 py-3 lg:sticky lg:top-20 lg:block",
        className,
      )}
    >
      <h2 className="mb-2 text-xs font-medium text-fg-muted">On this page</h2>
      <ul className="flex flex-col gap-1 text-[13px]">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              className="block rounded-sm text-fg-muted hover:text-accent"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
