import { describe, expect, test } from "vitest";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { parseSources } from "./sources";

describe("parseSources", () => {
  test.each(listFixtures(/^sources.*\.json$/))(
    "%s: freshness results with their criteria",
    (file) => {
      const doc = loadFixtureJson(file) as { results: unknown[] };
      const parsed = parseSources(file, doc);
      expect(parsed.results).toHaveLength(doc.results.length);
      const first = parsed.results[0];
      expect(first?.status).toBe("pass");
      expect(first?.maxLoadedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(first?.criteria).toHaveProperty("warn_after");
    },
  );
});
