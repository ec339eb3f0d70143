import { expect, test } from "./fixtures";

test.describe("JSON read API over HTTP", () => {
  test("lists the sample mesh with its two-way dependency", async ({
    request,
  }) => {
    const response = await request.get("/api/v1/projects");
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as {
      projects: { name: string }[];
      dependencies: {
        consumer: string;
        producer: string;
        unresolved: number;
      }[];
      externalProjects: string[];
    };
    expect(body.projects.map((p) => p.name)).toEqual([
      "crm",
      "finance",
      "marketing",
      "platform",
      "sales",
      "trust_lab",
      "xss_lab",
    ]);
    const pairs = body.dependencies.map((d) => `${d.consumer}→${d.producer}`);
    expect(pairs).toEqual(
      expect.arrayContaining(["finance→platform", "platform→finance"]),
    );
    expect(body.externalProjects).toEqual(["data_science", "not_ingested"]);
  });

  test("a node's parents cross into the producer project", async ({
    request,
  }) => {
    const response = await request.get(
      "/api/v1/nodes/model.finance.fct_invoices",
    );
    expect(response.ok()).toBe(true);
    const node = (await response.json()) as {
      parents: { project: string; name: string; resolved: boolean }[];
    };
    expect(node.parents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          project: "platform",
          name: "dim_customers",
          resolved: true,
        }),
      ]),
    );
  });
});
