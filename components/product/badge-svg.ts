import type { ProductBadge } from "@/lib/db/queries/product-badge";
import { judgeTestHealth, type TestHealthState } from "@/lib/score/test-health";
import { modelUrl } from "@/lib/urls";
import { getLevelTitle } from "./levels";

const HEIGHT = 20;
const PADDING = 6;
const FONT_SIZE = 11;
const MAX_NAME = 40;

const LEVEL_FILL: Record<string, string> = {
  gold: "#a16207",
  silver: "#52606d",
  bronze: "#9a4f24",
};
const BELOW_FILL = "#6b7280";
const NAME_FILL = "#334155";
const HEALTH_FILL: Record<TestHealthState, string> = {
  passing: "#15803d",
  warning: "#b45309",
  failing: "#b91c1c",
  not_run: "#6b7280",
  untested: "#6b7280",
};

// Verdana at 11px, roughly: each text gets `textLength`, so an estimate
// that is a little off only stretches or squeezes the glyphs a little.
function estimateWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[ijlt.,:;'|!()[\]]/.test(char)) width += 3.8;
    else if (/[mwMW@%]/.test(char)) width += 10.5;
    else if (/[A-Z]/.test(char)) width += 7.6;
    else if (char === " ") width += 3.9;
    else if (/[\u0000-\u024f]/.test(char)) width += 6.6;
    else width += 11;
  }
  return Math.ceil(width);
}

function stripNonXml(text: string): string {
  return text
    .replaceAll(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g,
      "",
    )
    .replaceAll(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "",
    );
}

/**
 * Text from artifacts made safe inside XML: no characters XML 1.0 forbids
 * (which would break the image), no lone surrogates, and markup escaped.
 */
export function escapeSvgText(text: string): string {
  return stripNonXml(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function describeHealth(state: TestHealthState, label: string): string {
  return state === "untested" ? "no tests" : `tests ${label.toLowerCase()}`;
}

type Segment = { text: string; fill: string };

/** What the badge says, in words: its image's accessible name and title. */
export function describeBadge(badge: ProductBadge): string {
  const health = judgeTestHealth(badge.tests);
  return `${badge.name}: ${getLevelTitle(badge.level, badge.levels)}, score ${badge.score}; tests: ${health.label.toLowerCase()}`;
}

/**
 * A product's status badge for READMEs, wikis and dashboards: its name, its
 * level and score, and its tests' health (as its trust panel says it), in
 * one self-contained SVG without script or style, linking to its page.
 */
export function renderBadgeSvg(badge: ProductBadge): string {
  const health = judgeTestHealth(badge.tests);
  const segments: Segment[] = [
    { text: truncate(badge.name, MAX_NAME), fill: NAME_FILL },
    {
      text: `${getLevelTitle(badge.level, badge.levels)} · ${badge.score}`,
      fill:
        badge.level === null
          ? BELOW_FILL
          : (LEVEL_FILL[badge.level] ?? BELOW_FILL),
    },
    {
      text: describeHealth(health.state, health.label),
      fill: HEALTH_FILL[health.state],
    },
  ];
  let x = 0;
  const parts = segments.map(({ text, fill }) => {
    const textWidth = estimateWidth(text);
    const width = textWidth + 2 * PADDING;
    const safe = escapeSvgText(text);
    const part = `<rect x="${x}" width="${width}" height="${HEIGHT}" fill="${fill}"/><text x="${x + PADDING}" y="14" textLength="${textWidth}" lengthAdjust="spacingAndGlyphs" fill="#fff">${safe}</text>`;
    x += width;
    return part;
  });
  const label = escapeSvgText(describeBadge(badge));
  const href = escapeSvgText(
    modelUrl(stripNonXml(badge.project), stripNonXml(badge.name)),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${x}" height="${HEIGHT}" viewBox="0 0 ${x} ${HEIGHT}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<clipPath id="round"><rect width="${x}" height="${HEIGHT}" rx="3"/></clipPath>`,
    `<a href="${href}" target="_top">`,
    `<g clip-path="url(#round)" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="${FONT_SIZE}">`,
    ...parts,
    `</g></a></svg>`,
  ].join("");
}
