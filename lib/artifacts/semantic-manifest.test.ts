import { describe, expect, test } from "vitest";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { parseSemanticManifest } from "./semantic-manifest";

describe("parseSemanticManifest", () => {
  test.each(listFixtures(/^semantic_manifest.*\.json$/))(
    "%s parses",
    (file) => {
      const doc = loadFixtureJson(file) as {
        semantic_models: unknown[];
        metrics: unknown[];
      };
      const parsed = parseSemanticManifest(file, doc);
      expect(parsed.semanticModels).toHaveLength(doc.semantic_models.length);
      expect(parsed.metrics).toHaveLength(doc.metrics.length);
    },
  );

  test("keeps entities and the model a semantic model reads", () => {
    const parsed = parseSemanticManifest(
      "s",
      loadFixtureJson("c24-workshops-sales/semantic_manifest.json"),
    );
    const orders = parsed.semanticModels.find((m) => m.name === "orders");
    expect(orders?.details).toMatchObject({
      kind: "semantic_model",
      model: "fct_orders",
      entities: expect.arrayContaining([
        expect.objectContaining({ type: "primary" }),
      ]) as unknown,
    });
  });

  test("refuses a manifest passed as the semantic manifest", () => {
    expect(() =>
      parseSemanticManifest(
        "semantic_manifest.json",
        loadFixtureJson("tuva/manifest.json"),
      ),
    ).toThrow(/is a manifest\.json, not a semantic_manifest\.json/);
  });
});
