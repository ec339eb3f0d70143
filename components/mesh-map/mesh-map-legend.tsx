import { FolderX, Medal } from "lucide-react";

/** What the map's marks mean. */
export function MeshMapLegend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-5 gap-y-1.5 text-xs text-fg-muted"
    >
      <li className="flex items-center gap-1.5">
        <svg aria-hidden width="30" height="8" className="text-cross-project">
          <line
            x1="0"
            y1="4"
            x2="24"
            y2="4"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path d="M24 0 L30 4 L24 8 z" fill="currentColor" />
        </svg>
        Producer → consumer, labelled with its refs
      </li>
      <li>Two-way dependencies are two edges, one each way.</li>
      <li className="flex items-center gap-1.5">
        <Medal aria-hidden className="size-3.5 text-bronze" />
        Bar colour: average maturity of the project&apos;s products
      </li>
      <li>Larger boxes hold more models.</li>
      <li className="flex items-center gap-1.5">
        <FolderX aria-hidden className="size-3.5 text-warn" />
        Referenced, never ingested
      </li>
    </ul>
  );
}
