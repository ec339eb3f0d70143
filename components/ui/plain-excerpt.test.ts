import { describe, expect, test } from "vitest";
import { toPlainExcerpt, toPlainText } from "./plain-excerpt";

describe("toPlainText", () => {
  test.each([
    ["plain words", "plain words"],
    [
      "One row per **order**, with _revenue_.",
      "One row per order, with revenue.",
    ],
    [
      "See the [policy](https://x.example/p) and `fct_orders`.",
      "See the policy and fct_orders.",
    ],
    ["# Title\n\nBody text.", "Title Body text."],
    ["Before\n\n```sql\nselect 1\n```\n\nAfter", "Before After"],
    [
      "Amounts:\n\n| column | unit |\n|---|---|\n| `net` | EUR |\n\nThe end.",
      "Amounts: The end.",
    ],
    ["- one\n- two", "one two"],
    ["Raw <script>alert(1)</script> stays out", "Raw alert(1) stays out"],
    ["line<br>break", "line break"],
    ["![a chart](https://x.example/c.png) caption", "a chart caption"],
  ])("%j → %j", (markdown, expected) => {
    expect(toPlainText(markdown)).toBe(expected);
  });
});

describe("toPlainExcerpt", () => {
  test("leaves a short text whole", () => {
    expect(toPlainExcerpt("Short **text**.", 40)).toBe("Short text.");
  });

  test("cuts a long text at a word boundary with an ellipsis", () => {
    const excerpt = toPlainExcerpt(
      "Lifetime value per customer: order value from the storefront plus paid wholesale invoices.",
      40,
    );
    expect(excerpt).toBe("Lifetime value per customer: order value…");
    expect(excerpt.length).toBeLessThanOrEqual(41);
  });

  test("cuts a single long word where it must", () => {
    expect(toPlainExcerpt("a".repeat(50), 10)).toBe(`${"a".repeat(10)}…`);
  });

  test("an empty description has no excerpt", () => {
    expect(toPlainExcerpt("")).toBe("");
  });
});
