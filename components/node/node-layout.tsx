import type { ReactNode } from "react";

/**
 * A node page below its header: the main column (description, columns,
 * lineage, code) and a sidebar of facts. Later panels (maturity, trust)
 * slot into either.
 */
export function NodeLayout({
  main,
  aside,
  asideLabel,
}: {
  main: ReactNode;
  aside: ReactNode;
  asideLabel: string;
}) {
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex min-w-0 flex-col gap-10 *:min-w-0">{main}</div>
      <aside
        aria-label={asideLabel}
        className="flex min-w-0 flex-col gap-4 *:min-w-0"
      >
        {aside}
      </aside>
    </div>
  );
}
