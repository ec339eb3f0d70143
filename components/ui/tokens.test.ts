import { readFileSync } from "node:fs";
import path from "node:path";
import { blend, clampRgb, parse, rgb, wcagContrast, type Color } from "culori";
import { describe, expect, test } from "vitest";

// Every badge draws its label in a semantic colour on a 10% tint of that
// colour; this checks the pair stays readable (WCAG AA, 4.5:1) on every
// background a badge sits on, in both themes.
const SEMANTIC = [
  "accent",
  "public",
  "protected",
  "private",
  "pass",
  "warn",
  "fail",
  "error",
  "skipped",
  "cross-project",
  "bronze",
  "silver",
  "gold",
] as const;
const BACKGROUNDS = ["canvas", "surface", "surface-muted"] as const;
const TEXT = ["fg", "fg-muted", "fg-subtle"] as const;

const CSS = readFileSync(
  path.join(import.meta.dirname, "../../styles/tokens.css"),
  "utf8",
);
const [LIGHT_BLOCK = "", DARK_BLOCK = ""] = CSS.split(/^\.dark\s*\{/m);

function readTokens(block: string): Map<string, Color> {
  const tokens = new Map<string, Color>();
  for (const [, name, value] of block.matchAll(
    /--([a-z-]+):\s*(oklch\([^)]*\));/g,
  )) {
    const color = parse(value ?? "");
    if (name && color) tokens.set(name, color);
  }
  return tokens;
}

const THEMES = {
  light: readTokens(LIGHT_BLOCK),
  // Dark overrides some tokens and inherits the rest from :root.
  dark: new Map([...readTokens(LIGHT_BLOCK), ...readTokens(DARK_BLOCK)]),
};

function getToken(theme: Map<string, Color>, name: string): Color {
  const color = theme.get(name);
  if (!color) throw new Error(`token --${name} is missing`);
  return clampRgb(rgb(color));
}

describe.each(Object.entries(THEMES))("%s theme", (_name, theme) => {
  const cases = SEMANTIC.flatMap((color) =>
    BACKGROUNDS.map((bg) => [color, bg] as const),
  );

  test.each(cases)("a %s badge on %s reads at 4.5:1", (color, background) => {
    const text = getToken(theme, color);
    const tint = blend(
      [getToken(theme, background), { ...text, alpha: 0.1 }],
      "normal",
      "rgb",
    );
    expect(wcagContrast(text, tint)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(
    TEXT.flatMap((text) => BACKGROUNDS.map((bg) => [text, bg] as const)),
  )("%s text on %s reads at 4.5:1", (text, background) => {
    expect(
      wcagContrast(getToken(theme, text), getToken(theme, background)),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
