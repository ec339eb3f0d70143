import {
  Minus,
  Pencil,
  Plus,
  TriangleAlert,
  type LucideIcon,
} from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ChangeCategory } from "@/lib/governance/diff-kinds";

const LOOKS: Record<
  ChangeCategory,
  { tone: BadgeTone; icon: LucideIcon; label: string }
> = {
  breaking: { tone: "fail", icon: TriangleAlert, label: "Breaking" },
  added: { tone: "pass", icon: Plus, label: "Added" },
  removed: { tone: "warn", icon: Minus, label: "Removed" },
  changed: { tone: "neutral", icon: Pencil, label: "Changed" },
};

/** What a change is to its consumers, in words and colour. */
export function CategoryBadge({
  category,
  count,
}: {
  category: ChangeCategory;
  count?: number;
}) {
  const look = LOOKS[category];
  return (
    <Badge tone={look.tone} icon={look.icon}>
      {count === undefined
        ? look.label
        : `${count} ${look.label.toLowerCase()}`}
    </Badge>
  );
}
