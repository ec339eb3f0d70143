import { chromium } from "@playwright/test";
import pg from "pg";
import { buildApp, isBuildStale, startApp } from "@/lib/cli/next-server";
import { modelUrl } from "@/lib/urls";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/e2e/chromium";
import { prepareLargeMesh } from "./large-mesh";
import { loadTest } from "./load";
import { percentile } from "./machine";

const PORT = 3919;
const READERS = 20;
const DURATION_MS = 20_000;

/**
 * Product pages on the 100k-node mesh: time to first byte under 20
 * concurrent readers, and largest contentful paint in Chromium (a fresh
 * browser context per page, so nothing comes from a cache).
 */
export async function benchPages(): Promise<string> {
  const mesh = await prepareLargeMesh();
  if (await isBuildStale()) await buildApp();
  const server = startApp(PORT, mesh.cluster.url);
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/api/v1/projects`);
    const paths = await pickProductPages(mesh.cluster.url, 100);
    const urls = paths.map((p) => `http://127.0.0.1:${PORT}${p}`);
    await loadTest(urls.slice(0, 10), 4, 3_000); // warm-up: compile caches, connection pool
    const load = await loadTest(urls, READERS, DURATION_MS);
    const lcp = await measureLcp(urls.slice(0, 20));
    return [
      `Mesh: ${mesh.projects} projects, ${mesh.nodes.toLocaleString("en")} nodes. ${paths.length} different product pages, requested round-robin.`,
      "",
      "| What | p50 | p95 | p99 | max | Throughput |",
      "|---|---:|---:|---:|---:|---:|",
      `| Product page, time to first byte, ${READERS} concurrent readers, ${DURATION_MS / 1000} s (${load.requests} requests, ${load.errors} errors) | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${ms(load.max)} | ${load.perSecond.toFixed(0)}/s |`,
      `| Product page, largest contentful paint in Chromium, cold (${lcp.length} pages) | ${ms(percentile(lcp, 50))} | ${ms(percentile(lcp, 95))} | ${ms(percentile(lcp, 99))} | ${ms(Math.max(...lcp))} | |`,
      "",
      "Targets: time to first byte p95 ≤ 100 ms under 20 concurrent readers; largest contentful paint ≤ 1 s.",
    ].join("\n");
  } finally {
    server.kill("SIGTERM");
  }
}

/** `count` public models' page paths, spread over the mesh; none of `exceptProject`'s. */
export async function pickProductPages(
  databaseUrl: string,
  count: number,
  exceptProject: string | null = null,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ project: string; name: string }>(
      `SELECT p.name AS project, n.name FROM nodes n JOIN projects p ON p.id = n.project_id
       WHERE n.resource_type = 'model' AND n.access = 'public'
         AND p.name IS DISTINCT FROM $2
       ORDER BY md5(n.unique_id) LIMIT $1`,
      [count, exceptProject],
    );
    return rows.rows.map((r) => modelUrl(r.project, r.name));
  } finally {
    await client.end();
  }
}

async function measureLcp(urls: string[]): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const values: number[] = [];
  try {
    for (const url of urls) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      values.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) =>
                resolve(list.getEntries().at(-1)?.startTime ?? 0),
              ).observe({
                type: "largest-contentful-paint",
                buffered: true,
              });
            }),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return values;
}

/** Waits until the app answers `url` (a minute at most). */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}
