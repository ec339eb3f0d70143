import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET } from "@/app/projects/[project]/models/[name]/badge.svg/route";
import {
  collectNodeTests,
  summarizeTests,
} from "@/lib/db/queries/test-summary";
import { addOutcomeCounts } from "@/lib/artifacts/run-statuses";
import { closeDb } from "@/lib/db/client";
import { getModelPage } from "@/lib/db/queries/model-page";
import { getProductBadge } from "@/lib/db/queries/product-badge";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";

function getBadge(project: string, name: string, headers: HeadersInit = {}) {
  const path = `/projects/${encodeURIComponent(project)}/models/${encodeURIComponent(name)}/badge.svg`;
  return GET(new Request(`http://catalog.test${path}`, { headers }), {
    params: Promise.resolve({
      project: encodeURIComponent(project),
      name: encodeURIComponent(name),
    }),
  });
}

describe("a product's status badge", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingest(readFixtureDir("c24-workshops-sales"));
  });
  afterAll(closeDb);

  test("is an SVG with the product's level, score and tests, cached until it changes", async () => {
    const response = await getBadge("acme_sales", "ad_spend_per_adv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "image/svg+xml; charset=utf-8",
    );
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">ad_spend_per_adv</text>");
    expect(svg).toMatch(/>Bronze · \d+<\/text>/);
    expect(svg).toContain(
      'href="/projects/acme_sales/models/ad_spend_per_adv"',
    );
    expect(svg).not.toMatch(/<script|<style|\son\w+=/i);

    const again = await getBadge("acme_sales", "ad_spend_per_adv", {
      "If-None-Match": etag ?? "",
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
  });

  test("counts the tests the product's trust panel counts", async () => {
    const badge = await getProductBadge("acme_sales", "dim_customers");
    const page = await getModelPage("acme_sales", "dim_customers");
    if (!page?.product) throw new Error("dim_customers is a data product");
    expect(badge?.tests).toEqual(
      addOutcomeCounts(
        summarizeTests(collectNodeTests(page.model)),
        page.product.upstream.tests,
      ),
    );
    expect(badge?.tests.total).toBeGreaterThan(0);
  });

  test.each([
    ["acme_sales", "nope"],
    ["nope", "ad_spend_per_adv"],
  ])("%s/%s is a 404", async (project, name) => {
    expect((await getBadge(project, name)).status).toBe(404);
  });
});
