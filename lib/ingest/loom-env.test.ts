import { describe, expect, test } from "vitest";
import { interpolateEnv } from "./loom-env";

const ENV = { DIR: "/srv/mesh", EMPTY: "", NAME: "revenue" };

describe("dbt-loom environment interpolation", () => {
  test.each([
    {
      text: "path: $DIR/manifest.json",
      expected: "path: /srv/mesh/manifest.json",
    },
    {
      text: "path: ${DIR}/manifest.json",
      expected: "path: /srv/mesh/manifest.json",
    },
    { text: "name: ${NAME}_v2", expected: "name: revenue_v2" },
    { text: "name: $NAME_v2", expected: "name: " },
    { text: "path: ${MISSING:-../revenue}/t", expected: "path: ../revenue/t" },
    { text: "path: ${EMPTY:-fallback}", expected: "path: fallback" },
    { text: "path: ${DIR:-fallback}", expected: "path: /srv/mesh" },
    { text: "no placeholders, $ alone", expected: "no placeholders, $ alone" },
  ])("$text", ({ text, expected }) => {
    expect(interpolateEnv(text, ENV).text).toBe(expected);
  });

  test("an unset variable reads as empty, as in dbt-loom, and is reported with its line", () => {
    const result = interpolateEnv("a: 1\nb: $NOPE\n# ${ALSO_NOPE}\n", ENV);
    expect(result.text).toBe("a: 1\nb: \n# \n");
    expect(result.unset).toEqual([
      { name: "NOPE", line: 2 },
      { name: "ALSO_NOPE", line: 3 },
    ]);
  });
});
