import { expect, test } from "./fixtures";
import { readE2eToken } from "./token";

const PORT = Number(process.env.E2E_PORT ?? 3107);

/** The value of one series in Prometheus' text format, or 0 when it is absent. */
function readSeries(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/**
 * `/metrics` on the production server: what an operator's Prometheus
 * scrapes. Requests are labelled by Next's route pattern, never the raw
 * path, so one series counts every project page.
 */
test.describe("metrics", () => {
  test("a page view and a refused upload are counted, with the database pool", async ({
    page,
    request,
  }) => {
    const pageSeries =
      'catalog_http_requests_total{method="GET",route="/projects/[project]",status="200"}';
    const refusedSeries =
      'catalog_ingests_total{origin="api",outcome="rejected"}';
    const before = await (await request.get("/metrics")).text();

    await page.goto("/projects/platform");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Refused for a project whose last ingest no other spec reads.
    const refused = await request.post("/api/v1/projects/xss_lab/artifacts", {
      headers: {
        authorization: `Bearer ${await readE2eToken(PORT)}`,
        "content-type": "application/json",
      },
      data: Buffer.from('{"metadata": '),
    });
    expect(refused.status()).toBe(422);

    const response = await request.get("/metrics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const after = await response.text();
    expect(readSeries(after, pageSeries)).toBeGreaterThan(
      readSeries(before, pageSeries),
    );
    expect(readSeries(after, refusedSeries)).toBeGreaterThan(
      readSeries(before, refusedSeries),
    );
    expect(after).toMatch(
      /^catalog_ingest_duration_seconds_count\{origin="api",outcome="rejected"\} \d+$/m,
    );
    expect(after).toMatch(
      /^catalog_db_pool_connections\{state="total"\} \d+$/m,
    );
    // No raw path ever becomes a label.
    expect(after).not.toContain('route="/projects/platform"');
  });
});
