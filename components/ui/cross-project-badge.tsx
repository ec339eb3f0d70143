import { Waypoints } from "lucide-react";
import { Badge } from "./badge";

export type CrossProjectBadgeProps = {
  /** The other project, when the badge should name it. */
  project?: string;
  className?: string;
};

/** Marks something that crosses a project boundary: a ref, an edge, a consumer. */
export function CrossProjectBadge({
  project,
  className,
}: CrossProjectBadgeProps) {
  return (
    <Badge tone="cross-project" icon={Waypoints} className={className}>
      {project ? (
        <>
          <span className="sr-only">Cross-project: </span>
          {project}
        </>
      ) : (
        "Cross-project"
      )}
    </Badge>
  );
}
