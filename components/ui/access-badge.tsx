import { Globe, Lock, Shield, type LucideIcon } from "lucide-react";
import { Badge, type BadgeTone } from "./badge";

export type AccessLevel = "public" | "protected" | "private";

type Appearance = {
  tone: BadgeTone;
  label: string;
  icon: LucideIcon;
  hint: string;
};

const ACCESS: Record<AccessLevel, Appearance> = {
  public: {
    tone: "public",
    label: "Public",
    icon: Globe,
    hint: "Any project in the mesh may ref this model",
  },
  protected: {
    tone: "protected",
    label: "Protected",
    icon: Shield,
    hint: "Only its own project (and projects installing it as a package) may ref this model",
  },
  private: {
    tone: "private",
    label: "Private",
    icon: Lock,
    hint: "Only models in the same group may ref this model",
  },
};

function isAccessLevel(value: string): value is AccessLevel {
  return Object.hasOwn(ACCESS, value);
}

export type AccessBadgeProps = {
  /** A model's `access`; an unrecognised value is shown as-is in a neutral badge. */
  access: string;
  className?: string;
};

/** A model's access level with its colour and icon. */
export function AccessBadge({ access, className }: AccessBadgeProps) {
  if (!isAccessLevel(access))
    return <Badge className={className}>{access}</Badge>;
  const { tone, label, icon, hint } = ACCESS[access];
  return (
    <Badge tone={tone} icon={icon} title={hint} className={className}>
      {label}
    </Badge>
  );
}
