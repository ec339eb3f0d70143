import { formatPlural } from "@/components/ui/format-number";
import type { MeshMapView as MeshMapViewData } from "@/lib/db/queries/mesh-maturity";
import {
  parseDependencyId,
  toDependencyId,
  toMeshMapData,
} from "./mesh-map-data";
import { MeshMapExplorer } from "./mesh-map-explorer";

/**
 * The mesh map with a line of what it holds. `edge` (from the URL) opens a
 * dependency's refs; `hasTables` adds the map as tables (the full page).
 */
export function MeshMapView({
  view,
  edge,
  hasTables = false,
  className,
}: {
  view: MeshMapViewData;
  edge?: string;
  hasTables?: boolean;
  className?: string;
}) {
  const data = toMeshMapData(view.map, view.maturity);
  const chosen = parseDependencyId(edge);
  const initial =
    chosen &&
    data.dependencies.some(
      (d) => d.producer === chosen.producer && d.consumer === chosen.consumer,
    )
      ? toDependencyId(chosen.producer, chosen.consumer)
      : null;
  const external = data.projects.filter((p) => p.isExternal).length;
  const twoWay = data.dependencies.filter((d) => d.isTwoWay).length / 2;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-[13px] text-fg-muted">
        {formatPlural(data.projects.length - external, "project")}
        {external > 0
          ? ` and ${formatPlural(external, "project")} referenced but never ingested`
          : ""}
        ; {formatPlural(data.dependencies.length, "dependency", "dependencies")}
        {twoWay > 0
          ? `, ${formatPlural(twoWay, "pair")} of projects using each other`
          : ""}
        .
      </p>
      <MeshMapExplorer
        data={data}
        initialSelected={initial}
        hasTables={hasTables}
        className={className}
      />
    </div>
  );
}
