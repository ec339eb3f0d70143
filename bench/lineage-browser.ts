/**
 * The lineage views in Chromium, on the 100k-node mesh with the projects of
 * `lineage-shapes.ts` added (a 483-node and a 5,283-node neighbourhood, and
 * enough small projects for a 500-project mesh map). The app marks its own
 * milestones (`<graph>:data` when the page has the graph's data in hand,
 * `<graph>:layout` when the layout is done, `<graph>:painted` after
 * the frame that draws it); a `PerformanceObserver` records long tasks on
 * the main thread from the first script on.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import { buildApp, isBuildStale, startApp } from "@/lib/cli/next-server";
import { lineageUrl, meshMapUrl } from "@/lib/urls";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/e2e/chromium";
import { runChild } from "./child";
import { prepareLargeMesh } from "./large-mesh";
import { FAN, HUB_MODEL, HUB_PROJECT } from "./lineage-shapes";
import { median, percentile } from "./machine";
import { waitForServer } from "./pages";

const PORT = 3921;
const RUNS = 7;
const ORIGIN = `http://127.0.0.1:${PORT}`;

type LineageApp = {
  server: ChildProcess;
  projects: number;
  nodes: number;
};

let app: Promise<LineageApp> | undefined;

/** The shared mesh with the lineage shapes added, and the app serving it (once per run). */
function prepareLineageApp(): Promise<LineageApp> {
  app ??= (async () => {
    const mesh = await prepareLargeMesh();
    console.error("bench: adding the lineage shapes to the mesh…");
    const shapes = await runChild<{ projects: number; nodes: number }>(
      "bench/lineage-shapes-once.ts",
      ["500"],
      { DATABASE_URL: mesh.cluster.url },
    );
    if (await isBuildStale()) await buildApp();
    const server = startApp(PORT, mesh.cluster.url);
    await waitForServer(`${ORIGIN}/api/v1/projects`);
    return { server, projects: shapes.projects, nodes: shapes.nodes };
  })();
  return app;
}

/** Stops the app the lineage sections share. */
export async function releaseLineageApp(): Promise<void> {
  if (app) (await app).server.kill("SIGTERM");
  app = undefined;
}

type Sample = {
  /** From the navigation's start to the painted graph. */
  navigationMs: number;
  /** From the data in hand (hydrated page) to the painted graph. */
  clientMs: number;
  /** Time the layout itself took (on the page for large graphs, else ELK in the worker). */
  layoutMs: number;
  longestTaskMs: number;
  longTasksOver200: number;
  /** Nodes React Flow rendered (those in the viewport). */
  drawn: number;
  /** Elements of the view (nodes and folded groups), from its table. */
  listed: number;
};

async function withBrowser<T>(run: (browser: Browser) => Promise<T>) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
}

async function readSample(page: Page, graph: string): Promise<Sample> {
  await page.waitForSelector(`[data-graph="${graph}"][data-painted]`, {
    timeout: 120_000,
  });
  return page.evaluate<Sample>(`(${READ_SAMPLE})(${JSON.stringify(graph)})`);
}

// Sent as text: tsx would wrap named helpers of a function in `__name()`,
// which the page does not have.
const READ_SAMPLE = `(name) => {
  const last = (mark) => performance.getEntriesByName(mark, "mark").at(-1);
  const painted = last(name + ":painted")?.startTime ?? NaN;
  const data = last(name + ":data")?.startTime ?? NaN;
  const layoutMs = last(name + ":layout")?.detail?.elapsedMs ?? NaN;
  const tasks = window.__longTasks ?? [];
  return {
    navigationMs: painted,
    clientMs: painted - data,
    layoutMs,
    longestTaskMs: Math.max(0, ...tasks),
    longTasksOver200: tasks.filter((t) => t > 200).length,
    drawn: document.querySelectorAll(
      '[data-graph="' + name + '"] .react-flow__node:not(.react-flow__node-lane)',
    ).length,
    // The table lists the nodes nearest the focus and says "50 of 483 nodes shown".
    listed: Number(
      (/of ([\\d,]+) nodes shown/.exec(document.body.innerText)?.[1] ?? "").replace(/,/g, ""),
    ) || document.querySelectorAll(
      '[aria-label="Nodes in this lineage view"] tbody tr',
    ).length,
  };
}`;

/** Opens `path` in a fresh context (nothing cached, a cold layout worker) `RUNS` times. */
async function measureCold(path: string, graph: string): Promise<Sample[]> {
  return withBrowser(async (browser) => {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
      });
      const page = await context.newPage();
      await observeLongTasks(page);
      await page.goto(`${ORIGIN}${path}`, { waitUntil: "commit" });
      samples.push(await readSample(page, graph));
      await context.close();
    }
    return samples;
  });
}

function row(what: string, values: number[], unit = "ms"): string {
  const format = (n: number) =>
    Number.isFinite(n) ? `${n.toFixed(0)} ${unit}` : "—";
  return `| ${what} | ${format(median(values))} | ${format(percentile(values, 95))} | ${format(Math.max(...values))} |`;
}

function header(mesh: LineageApp): string[] {
  return [
    `Mesh: ${mesh.projects} projects, ${mesh.nodes.toLocaleString("en")} nodes (the shared 100k-node mesh plus \`bench/lineage-shapes.ts\`). Chromium, 1440×1000, a fresh browser context per run (${RUNS} runs): nothing cached. Graphs past 150 nodes are laid out on the page (longest-path layers, barycenter ordering), smaller ones by ELK in a web worker.`,
    "",
    "| What | median | p95 | max |",
    "|---|---:|---:|---:|",
  ];
}

function loadAfter(): string {
  return `Load average after the run: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}.`;
}

/**
 * A focused lineage view of 483 nodes (dim_hub, 2 hops down): laid out in
 * the page and painted; then a new view of the same size in the same tab
 * (the upstream hops changed).
 */
export async function benchLineageView(): Promise<string> {
  const mesh = await prepareLineageApp();
  const path = lineageUrl(HUB_PROJECT, HUB_MODEL);
  const cold = await measureCold(path, "lineage");
  const warm = await withBrowser(async (browser) => {
    const samples: number[] = [];
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${path}`);
    await readSample(page, "lineage");
    for (let i = 0; i < RUNS; i++) {
      const up = i % 2 === 0 ? "1" : "2";
      const started = await page.evaluate(() => performance.now());
      await page.getByLabel("Upstream").selectOption(up);
      await page.waitForFunction(
        (since) =>
          (performance.getEntriesByName("lineage:painted").at(-1)?.startTime ??
            0) > since,
        started,
        { timeout: 120_000 },
      );
      samples.push(
        await page.evaluate(
          (since) =>
            (performance.getEntriesByName("lineage:painted").at(-1)
              ?.startTime ?? NaN) - since,
          started,
        ),
      );
    }
    await context.close();
    return samples;
  });
  const drawn = cold[0]?.drawn ?? 0;
  const listed = cold[0]?.listed ?? 0;
  return [
    ...header(mesh),
    row(
      `Lineage of dim_hub, 2 hops down (483 nodes, ${FAN.projects + 1} project lanes): data in hand → laid out and painted`,
      cold.map((s) => s.clientMs),
    ),
    row(
      "… of which the layout (on the page: past 150 nodes)",
      cold.map((s) => s.layoutMs),
    ),
    row(
      "… navigation start → painted (server query, HTML, scripts, hydration included)",
      cold.map((s) => s.navigationMs),
    ),
    row(
      "… longest main-thread task",
      cold.map((s) => s.longestTaskMs),
    ),
    row(
      "Same tab, a new 482–483-node view (upstream hops changed): choice → painted",
      warm,
    ),
    "",
    `The view holds ${listed} nodes; React Flow rendered ${drawn} at first, those in the viewport.`,
    "",
    "Target: a focused view of up to 500 nodes laid out and painted in ≤ 500 ms.",
    loadAfter(),
  ].join("\n");
}

/** The mesh map of 500 projects: laid out and painted. */
export async function benchMeshMap(): Promise<string> {
  const mesh = await prepareLineageApp();
  const cold = await measureCold(meshMapUrl(), "mesh-map");
  return [
    ...header(mesh),
    row(
      `Mesh map, ${mesh.projects} projects: data in hand → laid out and painted`,
      cold.map((s) => s.clientMs),
    ),
    row(
      "… of which the layout (on the page: past 150 projects, edges drawn as curves)",
      cold.map((s) => s.layoutMs),
    ),
    row(
      "… navigation start → painted",
      cold.map((s) => s.navigationMs),
    ),
    row(
      "… longest main-thread task",
      cold.map((s) => s.longestTaskMs),
    ),
    "",
    "Target: the mesh map of 500 projects in ≤ 2 s.",
    loadAfter(),
  ].join("\n");
}

/** A 5,283-node neighbourhood (dim_hub, 3 hops down): collapsed by the server, drawn without a long task. */
export async function benchLineageCollapse(): Promise<string> {
  const mesh = await prepareLineageApp();
  const path = lineageUrl(HUB_PROJECT, HUB_MODEL, { down: 3 });
  const cold = await measureCold(path, "lineage");
  const over = cold.reduce((sum, s) => sum + s.longTasksOver200, 0);
  return [
    ...header(mesh),
    row(
      "Lineage of dim_hub, 3 hops down (5,283 nodes, collapsed): longest main-thread task",
      cold.map((s) => s.longestTaskMs),
    ),
    row(
      "… data in hand → laid out and painted",
      cold.map((s) => s.clientMs),
    ),
    row(
      "… navigation start → painted",
      cold.map((s) => s.navigationMs),
    ),
    row(
      "… elements in the view (nodes and folded groups)",
      cold.map((s) => s.listed),
      "elements",
    ),
    row(
      "… of which rendered at first (in the viewport)",
      cold.map((s) => s.drawn),
      "elements",
    ),
    "",
    `Main-thread tasks over 200 ms, all runs: ${over}. The server folds all but the focus and its direct neighbours into group nodes (at most 500 drawn elements); the folded view is small enough for ELK, which runs in the worker.`,
    "",
    "Target: a 5k-node neighbourhood collapses rather than freezes: no main-thread task over 200 ms.",
    loadAfter(),
  ].join("\n");
}
