import { describe, expect, test } from "vitest";
import { ArtifactError } from "./errors";
import { parseJson } from "./json";

describe("parseJson", () => {
  test("returns the parsed document", () => {
    expect(parseJson("manifest.json", '{"a": [1, "é"]}')).toEqual({
      a: [1, "é"],
    });
  });

  test.each([
    {
      name: "a stray comma",
      text: '{"a": 1,, "b": 2}',
      offset: 8,
      problem: /not valid JSON/,
    },
    {
      name: "a bad token after multi-byte text",
      text: '{"é€": 1 x}',
      offset: 12,
      problem: /not valid JSON/,
    },
    {
      name: "a truncated document",
      text: '{"a": [1, 2',
      offset: 11,
      problem: /truncated/,
    },
    {
      name: "a lone keyword fragment",
      text: "nul",
      offset: 3,
      problem: /truncated/,
    },
    {
      name: "trailing garbage",
      text: "[1, 2] 3",
      offset: 7,
      problem: /not valid JSON/,
    },
    {
      name: "text that is not JSON at all",
      text: "<html>oops</html>",
      offset: 0,
      problem: /not valid JSON/,
    },
  ])(
    "names the file and the byte offset for $name",
    ({ text, offset, problem }) => {
      let caught: unknown;
      try {
        parseJson("target/manifest.json", text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ArtifactError);
      const error = caught as ArtifactError;
      expect(error.file).toBe("target/manifest.json");
      expect(error.byteOffset).toBe(offset);
      expect(error.message).toMatch(problem);
      expect(error.message).toContain(`at byte ${offset}`);
    },
  );
});
