import { beforeAll, expect, test } from "vitest";
import { stringify } from "yaml";
import { now } from "@/lib/clock";
import { getContractInput } from "@/lib/db/queries/standards";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { toOdcsContract } from "@/lib/standards/odcs";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { buildTree } from "@/tests/temp-tree";
import { runContract } from "./contract-main";

let url: string;

beforeAll(async () => {
  url = await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT, now: now() });
});

async function run(args: string[], files: Record<string, string>) {
  const cwd = await buildTree(files);
  let stdout = "";
  let stderr = "";
  const code = await runContract(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { DATABASE_URL: url },
  });
  return { code, stdout, stderr };
}

type Written = {
  schema: {
    properties: {
      name: string;
      physicalType?: string;
      logicalType?: string;
      primaryKey?: boolean;
    }[];
  }[];
  slaProperties?: unknown[];
};

async function exported(): Promise<Written> {
  const input = await getContractInput("platform", "model.platform.fct_orders");
  if (!input) throw new Error("no fct_orders");
  return toOdcsContract(input) as Written;
}

test("a model keeps the contract the catalog exports for it (round trip)", async () => {
  const result = await run(["check", "fct_orders.odcs.yaml"], {
    "fct_orders.odcs.yaml": stringify(await exported()),
  });
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("platform.fct_orders keeps the contract.\n");
  expect(result.code).toBe(0);
});

test("a hand-edited contract: a column the model lacks, a mistyped one, a stricter SLA", async () => {
  const contract = await exported();
  const table = contract.schema[0];
  if (!table) throw new Error("no schema");
  const retyped = table.properties.find((p) => !p.primaryKey);
  if (!retyped) throw new Error("no column to retype");
  retyped.physicalType = "boolean";
  retyped.logicalType = "boolean";
  table.properties.push({ name: "coupon_code", physicalType: "text" });
  contract.slaProperties = [{ property: "latency", value: 15, unit: "m" }];
  const result = await run(
    ["check", "written.yaml", "--project", "platform", "--format", "json"],
    { "written.yaml": stringify(contract) },
  );
  expect(result.code).toBe(1);
  const body = JSON.parse(result.stdout) as {
    kept: boolean;
    findings: { kind: string; column: string | null }[];
  };
  expect(body.kept).toBe(false);
  expect(body.findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        kind: "missing-column",
        column: "coupon_code",
      }),
      expect.objectContaining({
        kind: "mistyped-column",
        column: retyped.name,
      }),
    ]),
  );
  expect(
    body.findings.some(
      (f) => f.kind === "weaker-sla" || f.kind === "missing-sla",
    ),
  ).toBe(true);
});

test("not a contract, or no such model: exit 2 with the reason", async () => {
  const notOdcs = await run(["check", "x.yaml"], {
    "x.yaml": "kind: DataProduct\napiVersion: v1.0.0\n",
  });
  expect(notOdcs.code).toBe(2);
  expect(notOdcs.stderr).toContain("is not an ODCS contract");
  const contract = await exported();
  contract.schema[0] = {
    ...contract.schema[0],
    name: "nothing_here",
  } as Written["schema"][number];
  const missing = await run(["check", "c.yaml"], {
    "c.yaml": stringify(contract),
  });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('no model "nothing_here" in "platform"');
});
