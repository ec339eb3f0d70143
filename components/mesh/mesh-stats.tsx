import {
  Boxes,
  FolderGit2,
  PackageCheck,
  Unlink,
  Waypoints,
} from "lucide-react";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getLevelTitle } from "../product/levels";
import type { MeshTotals } from "./mesh-summary";

/** "3 gold · 4 silver · 5 bronze · 1 below": the best levels first, empty ones left out. */
function describeLevels(totals: MeshTotals): string {
  const parts = [
    ...totals.productLevels.filter((l) => l.level !== null).reverse(),
    ...totals.productLevels.filter((l) => l.level === null),
  ]
    .filter((l) => l.count > 0)
    .map(
      (l) =>
        `${l.count} ${getLevelTitle(l.level, totals.levels).toLowerCase()}`,
    );
  return parts.length > 0 ? parts.join(" · ") : "None scored yet";
}

/** The mesh at a glance: projects, models, data products and the refs between projects. */
export function MeshStats({ totals }: { totals: MeshTotals }) {
  return (
    <StatGrid label="Mesh totals">
      <Stat icon={FolderGit2} label="Projects" value={totals.projects} />
      <Stat icon={Boxes} label="Models" value={formatCount(totals.models)} />
      <Stat
        icon={PackageCheck}
        tone="public"
        label="Data products"
        value={formatCount(totals.dataProducts)}
        hint={describeLevels(totals)}
      />
      <Stat
        icon={Waypoints}
        tone="cross-project"
        label="Cross-project refs"
        value={formatCount(totals.crossProjectRefs)}
      />
      <Stat
        icon={Unlink}
        tone={totals.unresolvedRefs > 0 ? "attention" : "default"}
        label="Unresolved refs"
        value={formatCount(totals.unresolvedRefs)}
        hint={
          totals.externalProjects > 0
            ? `To ${formatPlural(totals.externalProjects, "project")} not in the catalog`
            : "Every ref resolves"
        }
        className="col-span-2 sm:col-span-1"
      />
    </StatGrid>
  );
}
