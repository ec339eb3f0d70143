import fs from "node:fs";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2019";
import Ajv2019 from "ajv/dist/2019";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { GET as odcsRoute } from "@/app/api/v1/models/[uniqueId]/odcs/route";
import { GET as odpsRoute } from "@/app/api/v1/products/[uniqueId]/odps/route";
import { closeDb, getPrisma } from "@/lib/db/client";
import {
  getContractInput,
  getProductVersions,
} from "@/lib/db/queries/standards";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { checkContract, contractSchema } from "@/lib/standards/contract-check";
import { toOdcsContract } from "@/lib/standards/odcs";
import { toOdpsProduct } from "@/lib/standards/odps";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir, REAL_FIXTURES } from "@/tests/fixtures";
import { ingest, TEST_LIMIT } from "@/tests/ingest";

/** The standards' published JSON Schemas, read where they are kept (never copied here). */
const SCHEMAS = path.resolve(REAL_FIXTURES, "../schemas/bitol");

function compile(file: string): ValidateFunction {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), "utf8")) as object,
  );
}

const validateOdcs = compile("odcs-json-schema-v3.1.0.json");
const validateOdps = compile("odps-json-schema-v1.0.0.json");

function problems(validate: ValidateFunction, document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath} ${e.message ?? ""}`,
  );
}

const FIXTURES = [
  "astronomer-cosmos/cross_project_upstream",
  "astronomer-cosmos/cross_project_downstream",
  "dbt-multi-project/marketplace_others",
  "dbt-multi-project/marketplace_sp",
  "tuva",
  "c24-workshops-sales",
  "dbterd/jaffle-shop-v1.11",
];

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("open-standard exports", () => {
  let models: { project: string; uniqueId: string; isProduct: boolean }[] = [];

  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
    for (const fixture of FIXTURES) await ingest(readFixtureDir(fixture));
    const rows = await getPrisma().node.findMany({
      where: { resourceType: "model" },
      select: {
        uniqueId: true,
        packageName: true,
        isProduct: true,
        project: { select: { name: true } },
      },
      orderBy: { uniqueId: "asc" },
    });
    // Installed packages' models too (tuva's 295 live in its package).
    models = rows.map((r) => ({
      project: r.project.name,
      uniqueId: r.uniqueId,
      isProduct: r.isProduct,
    }));
  }, 120_000);
  afterAll(closeDb);

  test("every model of the sample mesh and the real fixtures exports a contract valid against ODCS v3.1, which it keeps", async () => {
    const perProject = new Map<string, number>();
    for (const m of models)
      perProject.set(m.project, (perProject.get(m.project) ?? 0) + 1);
    console.log(
      `models exported: ${[...perProject].map(([p, n]) => `${p} ${n}`).join(", ")}`,
    );
    expect(models.length).toBeGreaterThan(390);
    const invalid: string[] = [];
    for (const { project, uniqueId } of models) {
      const input = await getContractInput(project, uniqueId);
      if (!input)
        throw new Error(`${project} ${uniqueId} has no contract input`);
      const contract = toOdcsContract(input);
      const found = problems(validateOdcs, contract);
      // Round trip: the model keeps its own exported contract.
      const own = contractSchema.parse(contract);
      found.push(...checkContract(own, own).map((f) => f.message));
      if (found.length > 0)
        invalid.push(`${project} ${uniqueId}: ${found.join("; ")}`);
    }
    expect(invalid).toEqual([]);
  });

  test("every data product exports a product valid against ODPS v1.0, one output port per version", async () => {
    const products = models.filter((m) => m.isProduct);
    expect(new Set(products.map((p) => p.project)).size).toBeGreaterThan(4);
    const invalid: string[] = [];
    for (const { project, uniqueId } of products) {
      const found = await getProductVersions(project, uniqueId);
      if (found.status !== "found")
        throw new Error(`${uniqueId}: ${found.status}`);
      const document = toOdpsProduct(found.versions);
      const errors = problems(validateOdps, document);
      if (errors.length > 0) invalid.push(`${uniqueId}: ${errors.join("; ")}`);
      expect(document.outputPorts).toHaveLength(found.versions.length);
    }
    expect(invalid).toEqual([]);
  });

  test("a contract carries the model's columns, keys, tests with results, owners and SLA", async () => {
    const input = await getContractInput(
      "platform",
      "model.platform.fct_orders",
    );
    if (!input) throw new Error("no fct_orders");
    const contract = toOdcsContract(input) as {
      id: string;
      domain: string;
      schema: {
        physicalName: string;
        properties: {
          name: string;
          primaryKey?: boolean;
          required?: boolean;
          logicalType?: string;
          quality?: {
            engine: string;
            customProperties: { property: string; value: unknown }[];
          }[];
        }[];
      }[];
      team?: { members: { username: string }[] };
      customProperties: { property: string; value: unknown }[];
    };
    expect(contract.id).toBe("model.platform.fct_orders");
    expect(contract.domain).toBe("platform");
    const [table] = contract.schema;
    expect(table?.properties.map((p) => p.name.toLowerCase())).toEqual(
      input.model.columns.map((c) => c.name.toLowerCase()),
    );
    const key = table?.properties.find((p) => p.primaryKey);
    expect(key).toMatchObject({ required: true });
    const tested = table?.properties.find((p) => (p.quality ?? []).length > 0);
    expect(tested?.quality?.[0]).toMatchObject({ engine: "dbt" });
    expect(
      tested?.quality?.[0]?.customProperties.find(
        (c) => c.property === "latestStatus",
      ),
    ).toBeDefined();
    expect(contract.team?.members.length).toBeGreaterThan(0);
    expect(contract.customProperties).toContainEqual({
      property: "access",
      value: "public",
    });
  });

  test("GET /api/v1/models/{id}/odcs and /api/v1/products/{id}/odps answer JSON or a YAML download", async () => {
    const json = await odcsRoute(
      new Request("http://x/api/v1/models/model.platform.fct_orders/odcs"),
      params({ uniqueId: "model.platform.fct_orders" }),
    );
    expect(json.status).toBe(200);
    expect(problems(validateOdcs, await json.json())).toEqual([]);

    const yaml = await odpsRoute(
      new Request(
        "http://x/api/v1/products/model.platform.dim_customers.v1/odps?format=yaml",
      ),
      params({ uniqueId: "model.platform.dim_customers.v1" }),
    );
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get("content-type")).toContain("application/yaml");
    expect(yaml.headers.get("content-disposition")).toContain(
      'filename="platform.dim_customers.odps.yaml"',
    );
    const product = parse(await yaml.text()) as {
      id: string;
      outputPorts: { version: string; contractId: string }[];
    };
    expect(problems(validateOdps, product)).toEqual([]);
    expect(product.id).toBe("platform.dim_customers");
    expect(product.outputPorts.map((p) => p.contractId)).toEqual([
      "model.platform.dim_customers.v1",
      "model.platform.dim_customers.v2",
    ]);

    const notProduct = await odpsRoute(
      new Request(
        "http://x/api/v1/products/model.platform.stg_app_db__orders/odps",
      ),
      params({ uniqueId: "model.platform.stg_app_db__orders" }),
    );
    expect(notProduct.status).toBe(404);
    const badFormat = await odcsRoute(
      new Request(
        "http://x/api/v1/models/model.platform.fct_orders/odcs?format=xml",
      ),
      params({ uniqueId: "model.platform.fct_orders" }),
    );
    expect(badFormat.status).toBe(400);
    const missing = await odcsRoute(
      new Request("http://x/api/v1/models/model.platform.nothing/odcs"),
      params({ uniqueId: "model.platform.nothing" }),
    );
    expect(missing.status).toBe(404);
  });
});
