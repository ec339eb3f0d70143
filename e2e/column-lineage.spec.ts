import { expect, test } from "./fixtures";

test.describe("column lineage", () => {
  test("follows customer_segment from platform's product into marketing and to an exposure", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const producerColumns = page.getByRole("table", { name: "Columns" });
    const segment = producerColumns
      .getByRole("row")
      .filter({ has: page.getByText("customer_segment", { exact: true }) });
    await expect(
      segment.getByText("3 columns · 2 models · 2 projects · 2 exposures"),
    ).toBeVisible();
    await expect(
      segment.getByRole("link", {
        name: "int_customers__order_history.lifetime_orders",
      }),
    ).toBeVisible();
    await expect(segment.getByText("expression")).toBeVisible();

    // The consumer in another project names the producer's column it computes from.
    await page.goto("/projects/marketing/models/customer_segments");
    const consumer = page
      .getByRole("table", { name: "Columns" })
      .getByRole("row")
      .filter({ has: page.getByText("audience", { exact: true }) });
    const source = consumer.getByRole("link", {
      name: "platform · dim_customers.customer_segment",
    });
    await expect(source).toBeVisible();
    await expect(consumer.getByText("expression")).toBeVisible();

    // The column's impact reaches the exposure that reads the consumer.
    const impact = await page.request.get(
      "/api/v1/impact/model.platform.dim_customers?column=customer_segment",
    );
    expect(impact.status()).toBe(200);
    const body = (await impact.json()) as {
      projects: {
        project: string;
        owners: { exposures: { name: string }[] }[];
      }[];
    };
    const marketing = body.projects.find((p) => p.project === "marketing");
    expect(
      marketing?.owners.flatMap((o) => o.exposures.map((x) => x.name)),
    ).toContain("lifecycle_audience_sync");

    // And back up to the producer.
    await source.click();
    await expect(page).toHaveURL("/projects/platform/models/dim_customers");
  });
});
