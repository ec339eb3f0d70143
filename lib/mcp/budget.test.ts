import { describe, expect, test } from "vitest";
import { AnswerText, CHARS_PER_TOKEN } from "./budget";

const items = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, "x"));

describe("AnswerText", () => {
  test.each([
    // tokens, items, item length, expected shown
    { tokens: 1_000, count: 10, length: 50, shown: 10 },
    { tokens: 200, count: 100, length: 50, shown: 9 },
    { tokens: 200, count: 3, length: 2_000, shown: 0 },
  ])(
    "$count items of $length characters in $tokens tokens: $shown shown",
    ({ tokens, count, length, shown }) => {
      const text = new AnswerText(tokens);
      text.line("header");
      const written = text.list(
        items(count, length),
        (item) => item,
        (n, left) => `cut after ${n}, ${left} left; offset=${n}`,
      );
      expect(written).toBe(shown);
      expect(text.toString().length).toBeLessThanOrEqual(
        tokens * CHARS_PER_TOKEN,
      );
      expect(text.isCut).toBe(shown < count);
      if (shown < count)
        expect(text.toString()).toContain(
          `cut after ${shown}, ${count - shown} left; offset=${shown}`,
        );
    },
  );

  test("a line too long for the budget is cut short and says so", () => {
    const text = new AnswerText(200);
    text.line("y".repeat(5_000));
    expect(text.toString().length).toBeLessThanOrEqual(200 * CHARS_PER_TOKEN);
    expect(text.toString()).toMatch(
      /… \[cut to fit the answer's token budget\]$/,
    );
    expect(text.isCut).toBe(true);
  });

  test("an answer within its budget is whole and not marked cut", () => {
    const text = new AnswerText(200);
    text.line("a").line("b");
    expect(text.toString()).toBe("a\nb");
    expect(text.isCut).toBe(false);
  });
});
