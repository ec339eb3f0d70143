"use client";

import { Monitor, Moon, Sun, type LucideIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { cn } from "@/components/ui/cn";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

type ThemeChoice = "system" | "light" | "dark";

const CHOICES: ReadonlyArray<{
  value: ThemeChoice;
  label: string;
  icon: LucideIcon;
}> = [
  { value: "system", label: "System", icon: Monitor },
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
];

/** A three-way radio group: follow the system, or force light or dark. */
export function ThemeToggle({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const isHydrated = useIsHydrated();
  return (
    <fieldset
      className={cn(
        "inline-flex items-center rounded-full border border-border bg-surface p-0.5",
        className,
      )}
    >
      <legend className="sr-only">Theme</legend>
      {CHOICES.map(({ value, label, icon: Icon }) => (
        <label
          key={value}
          title={`${label} theme`}
          className="relative grid size-7 cursor-pointer place-items-center rounded-full text-fg-subtle transition-colors hover:text-fg has-checked:bg-surface-muted has-checked:text-fg has-checked:ring-1 has-checked:ring-border-strong has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus"
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={isHydrated && theme === value}
            // Before hydration a click would tick the radio without changing the theme.
            disabled={!isHydrated}
            onChange={() => setTheme(value)}
            // Covers the whole option, so that the input itself takes the click.
            className="absolute inset-0 cursor-pointer appearance-none rounded-full focus-visible:outline-none"
          />
          <Icon aria-hidden className="pointer-events-none size-3.5" />
          <span className="sr-only">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
