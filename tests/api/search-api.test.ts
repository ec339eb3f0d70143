import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET } from "@/app/api/v1/search/route";
import type { SearchResponse } from "@/lib/api/present-search";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";

const get = async (query: string) => {
  const response = await GET(
    new Request(`http://catalog.test/api/v1/search?${query}`),
  );
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("GET /api/v1/search", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: 64 * 1024 * 1024 });
  });
  afterAll(closeDb);

  test("results carry identity, a link, why they matched, and highlight ranges", async () => {
    const { status, body } = await get("q=fct_revenue&limit=3");
    expect(status).toBe(200);
    const search = body as SearchResponse;
    expect(search.results.length).toBeLessThanOrEqual(3);
    expect(search.results[0]).toMatchObject({
      uniqueId: "model.finance.fct_revenue",
      project: "finance",
      name: "fct_revenue",
      resourceType: "model",
      access: "public",
      isProduct: true,
      url: "/projects/finance/models/fct_revenue",
      match: { tier: "exact", reason: "Exact name", score: 0 },
      nameHighlights: [{ start: 0, end: 11 }],
    });
    expect(search.results[0]?.description.text).toMatch(/revenue/i);
    expect(typeof search.tookMs).toBe("number");
    expect(search.facets.project.length).toBeGreaterThan(0);
  });

  test("repeated facet parameters are alternatives; qualifiers in q add to them", async () => {
    const { body } = await get(
      "q=customers type:model&project=finance&project=marketing",
    );
    const search = body as SearchResponse;
    expect(search.query.filters).toEqual({
      project: ["finance", "marketing"],
      type: ["model"],
    });
    expect(search.results.length).toBeGreaterThan(0);
    for (const result of search.results) {
      expect(["finance", "marketing"]).toContain(result.project);
      expect(result.resourceType).toBe("model");
    }
  });

  test("owner and access filters", async () => {
    const { body } = await get(
      `owner=${encodeURIComponent("Growth Marketing Analytics")}&access=public`,
    );
    const search = body as SearchResponse;
    expect(search.results.length).toBeGreaterThan(0);
    for (const result of search.results) {
      expect(result.owners).toContain("Growth Marketing Analytics");
      expect(result.access).toBe("public");
    }
  });

  // Scored at the pinned instant the sample was built: its customer products
  // are fresh, so gold; what a level filter keeps must not depend on the day.
  test("level keeps the products at that level", async () => {
    const gold = (await get("q=customers&level=gold")).body as SearchResponse;
    expect(gold.total).toBeGreaterThan(0);
    for (const result of gold.results) expect(result.level).toBe("gold");
    const { status, body } = await get("q=customers&level=silver&level=gold");
    expect(status).toBe(200);
    expect((body as SearchResponse).total).toBeGreaterThanOrEqual(gold.total);
  });

  test.each([
    ["limit=0", "limit"],
    ["limit=51", "limit"],
    ["offset=-1", "offset"],
    [`q=${"x".repeat(201)}`, "q"],
  ])("%s → 400 naming the parameter", async (query, parameter) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toMatch(
      new RegExp(`^${parameter}:`),
    );
  });
});
