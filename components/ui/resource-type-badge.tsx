import {
  Box,
  ChartLine,
  CircleHelp,
  Database,
  FileSearch,
  FlaskConical,
  LayoutDashboard,
  NotebookPen,
  Camera,
  Shapes,
  Sprout,
  TestTubeDiagonal,
  type LucideIcon,
} from "lucide-react";
import { Badge } from "./badge";
import { cn } from "./cn";
import {
  getResourceTypeLabel,
  toResourceType,
  type ResourceType,
} from "./resource-type";

const ICONS: Record<ResourceType, LucideIcon> = {
  model: Box,
  seed: Sprout,
  snapshot: Camera,
  source: Database,
  exposure: LayoutDashboard,
  metric: ChartLine,
  semantic_model: Shapes,
  saved_query: FileSearch,
  test: FlaskConical,
  unit_test: TestTubeDiagonal,
  analysis: NotebookPen,
  unknown: CircleHelp,
};

export type ResourceTypeIconProps = {
  /** A dbt `resource_type`; unrecognised values show the `unknown` icon. */
  type: string;
  /** Hidden from screen readers, when a visible label next to it already names the type. */
  isDecorative?: boolean;
  className?: string;
};

/** The icon of a resource type, labelled for screen readers unless decorative. */
export function ResourceTypeIcon({
  type,
  isDecorative = false,
  className,
}: ResourceTypeIconProps) {
  const resourceType = toResourceType(type);
  const Icon = ICONS[resourceType];
  const classes = cn("size-4 shrink-0 text-fg-subtle", className);
  if (isDecorative) return <Icon aria-hidden className={classes} />;
  return (
    <Icon
      role="img"
      aria-label={getResourceTypeLabel(resourceType)}
      className={classes}
    />
  );
}

export type ResourceTypeBadgeProps = {
  type: string;
  className?: string;
};

/**
 * Icon and label of a dbt resource type ("Model", "Semantic model", ...). A
 * type the catalog does not know yet keeps its raw name next to the `unknown` icon.
 */
export function ResourceTypeBadge({ type, className }: ResourceTypeBadgeProps) {
  const resourceType = toResourceType(type);
  const label =
    resourceType === "unknown" && type.trim() !== "" && type !== "unknown"
      ? type
      : getResourceTypeLabel(resourceType);
  return (
    <Badge icon={ICONS[resourceType]} className={className}>
      {label}
    </Badge>
  );
}
