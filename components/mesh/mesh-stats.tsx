import { Boxes, FolderGit2, Globe, Unlink, Waypoints } from "lucide-react";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import { Stat, StatGrid } from "@/components/ui/stat";
import type { MeshTotals } from "./mesh-summary";

/** The mesh at a glance: projects, models, data products and the refs between projects. */
export function MeshStats({ totals }: { totals: MeshTotals }) {
  return (
    <StatGrid label="Mesh totals">
      <Stat icon={FolderGit2} label="Projects" value={totals.projects} />
      <Stat icon={Boxes} label="Models" value={formatCount(totals.models)} />
      <Stat
        icon={Globe}
        tone="public"
        label="Data products"
        value={formatCount(totals.dataProducts)}
        hint="Public models"
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
