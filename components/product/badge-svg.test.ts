import { expect, test } from "vitest";
import { escapeSvgText, renderBadgeSvg } from "./badge-svg";

const LEVELS = [
  { id: "bronze", title: "Bronze", description: "" },
  { id: "silver", title: "Silver", description: "" },
  { id: "gold", title: "Gold", description: "" },
];
const tests = { total: 4, passed: 3, warned: 0, failed: 1, notRun: 0 };

test("a hostile name is text in the SVG, never markup", () => {
  const name = `a<b"&'</text><script>window.__xss=1</script>\u0000\ud800`;
  const svg = renderBadgeSvg({
    project: "x",
    name,
    level: "gold",
    levels: LEVELS,
    score: 97,
    tests,
  });
  expect(svg).not.toMatch(/<script|\u0000|\ud800/);
  expect(svg).toContain(
    "a&lt;b&quot;&amp;&#39;&lt;/text&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;",
  );
  const href = /href="([^"]*)"/.exec(svg)?.[1];
  expect(href).toMatch(/^\/projects\/x\/models\/a%3Cb%22%26&#39;%3C%2Ftext%3E/);
});

test.each([
  ["gold", 97, tests, "Gold · 97", "tests 1 failing"],
  [
    null,
    20,
    { ...tests, failed: 0, passed: 4 },
    "Below bronze · 20",
    "tests all passing",
  ],
  [
    "silver",
    70,
    { total: 0, passed: 0, warned: 0, failed: 0, notRun: 0 },
    "Silver · 70",
    "no tests",
  ],
] as const)("%s: %s, %s", (level, score, counts, levelText, healthText) => {
  const svg = renderBadgeSvg({
    project: "p",
    name: "orders",
    level,
    levels: LEVELS,
    score,
    tests: counts,
  });
  expect(svg).toContain(`>${levelText}</text>`);
  expect(svg).toContain(`>${healthText}</text>`);
});

test("a long name is cut, so that the badge keeps README size", () => {
  const svg = renderBadgeSvg({
    project: "p",
    name: "x".repeat(200),
    level: "gold",
    levels: LEVELS,
    score: 90,
    tests,
  });
  expect(svg).toContain(`>${"x".repeat(39)}…</text>`);
  expect(Number(/width="(\d+)"/.exec(svg)?.[1])).toBeLessThan(500);
});

test("escapeSvgText keeps plain text as it is", () => {
  expect(escapeSvgText("dim_customers v2")).toBe("dim_customers v2");
});
