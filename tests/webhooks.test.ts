import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import type { WebhookPayload } from "@/lib/governance/changes-webhooks";
import { settleWebhooks } from "@/lib/ingest/deliver-webhooks";
import { loadPolicy } from "@/lib/ingest/policy-source";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES, readFixture } from "@/tests/fixtures";
import { startServer, type TestServer } from "@/tests/http-server";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { jsonArtifact, TEST_LIMIT } from "@/tests/ingest";

const UPSTREAM = path.join(
  REAL_FIXTURES,
  "astronomer-cosmos/cross_project_upstream/manifest.json",
);

/** The real upstream manifest without `column` of int_orders_enriched. */
function upstreamWithout(column: string): unknown {
  const manifest = JSON.parse(fs.readFileSync(UPSTREAM, "utf8")) as {
    nodes: Record<string, { columns: Record<string, unknown> }>;
  };
  delete manifest.nodes["model.upstream.int_orders_enriched"]?.columns[column];
  return manifest;
}

let server: TestServer;
const received: WebhookPayload[] = [];
let attempts = 0;
const errorPosts: WebhookPayload[] = [];
let dir: string;

beforeAll(async () => {
  await useTestDatabase();
  // Refuses the first attempt, as a webhook briefly down would.
  server = await startServer({
    "/errors": (request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        errorPosts.push(JSON.parse(body) as WebhookPayload);
        response.writeHead(200).end("ok");
      });
    },
    "/hook": (request, response) => {
      attempts++;
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        if (attempts === 1) return void response.writeHead(503).end("busy");
        received.push(JSON.parse(body) as WebhookPayload);
        response.writeHead(200).end("ok");
      });
    },
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "webhooks-"));
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await closeDb();
});

async function ingestWithWebhooks(
  manifest: unknown,
  urls: string[],
  events = "[breaking_change]",
) {
  const file = path.join(dir, "catalog-policy.yml");
  fs.writeFileSync(
    file,
    `webhooks:\n${urls.map((url) => `  - url: ${url}\n    events: ${events}\n`).join("")}`,
  );
  const policy = await loadPolicy({ file, cwd: dir });
  return ingestProject({
    artifacts: { manifest: jsonArtifact("manifest.json", manifest) },
    origin: "cli",
    maxArtifactBytes: TEST_LIMIT,
    policy,
  });
}

test("a breaking change is posted to the policy's webhook after the ingest, retried when it fails", async () => {
  const hook = `${server.url}/hook`;
  await ingestWithWebhooks(JSON.parse(fs.readFileSync(UPSTREAM, "utf8")), [
    hook,
  ]);
  await ingestProject({
    artifacts: {
      manifest: readFixture(
        "astronomer-cosmos/cross_project_downstream/manifest.json",
      ),
    },
    origin: "cli",
    maxArtifactBytes: TEST_LIMIT,
  });
  await settleWebhooks();
  // A first ingest changes nothing: nothing was posted.
  expect(attempts).toBe(0);

  const report = await ingestWithWebhooks(upstreamWithout("order_total"), [
    hook,
  ]);
  expect(report.status).toBe("ingested");
  await settleWebhooks();
  expect(attempts).toBe(2);
  expect(received).toHaveLength(1);
  const [payload] = received;
  expect(payload?.text).toBe(
    "upstream: 1 breaking change: column order_total removed from int_orders_enriched",
  );
  expect(payload?.blocks[1]).toEqual({
    type: "section",
    text: {
      type: "mrkdwn",
      text: "*column order_total removed from int_orders_enriched*\n• downstream.dim_payment_methods (follows the latest)\n• downstream.fct_revenue (follows the latest)",
    },
  });
});

test("a webhook that never answers does not fail the ingest", async () => {
  const before = attempts;
  const report = await ingestWithWebhooks(upstreamWithout("total_items"), [
    "http://127.0.0.1:9/hook",
  ]);
  expect(report.status).toBe("ingested");
  await settleWebhooks();
  expect(attempts).toBe(before);
});

test("error-level violations a run did not have before are posted once", async () => {
  const hook = `${server.url}/errors`;
  const upstream = JSON.parse(fs.readFileSync(UPSTREAM, "utf8")) as {
    nodes: Record<string, Record<string, unknown>>;
  };
  await ingestWithWebhooks(upstream, [hook], "[error_violation]");
  await settleWebhooks();
  const before = errorPosts.length;

  // A new public model without an owner or an enforced contract: two new errors.
  const original = upstream.nodes["model.upstream.stg_orders"] ?? {};
  upstream.nodes["model.upstream.orders_mart"] = {
    ...original,
    name: "orders_mart",
    unique_id: "model.upstream.orders_mart",
    alias: "orders_mart",
    fqn: ["upstream", "orders_mart"],
    path: "orders_mart.sql",
    original_file_path: "models/orders_mart.sql",
  };
  await ingestWithWebhooks(upstream, [hook], "[error_violation]");
  await settleWebhooks();
  expect(errorPosts).toHaveLength(before + 1);
  const payload = errorPosts.at(-1);
  expect(payload?.blocks[0]).toEqual({
    type: "header",
    text: { type: "plain_text", text: "2 new error-level violations" },
  });
  expect(payload?.text).toContain("upstream");
  expect(payload?.text).toContain("orders_mart");
  expect(
    payload?.blocks
      .slice(1)
      .every((b) => JSON.stringify(b).includes("orders_mart")),
  ).toBe(true);

  // The same violations again are not news.
  await ingestWithWebhooks(upstream, [hook], "[error_violation]");
  await settleWebhooks();
  expect(errorPosts).toHaveLength(before + 1);
});
