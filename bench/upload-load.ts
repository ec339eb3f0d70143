import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { generateMesh } from "./generate";
import { percentile } from "./machine";

const READERS = 8;
const QUIET_MS = 10_000;
const QUERIES = ["orders", "customer", "revenue", "stg", "daily", "model"];

type Server = { url: string; token: string; child: ChildProcess };
type Latencies = { samples: number[]; errors: number };

/**
 * Reader latency while a ~100 MB manifest (gzipped) is uploaded through the
 * write API: the search API's time to first byte under READERS concurrent
 * readers, quiet and during the upload, and the server's memory. The server
 * is a plain Node HTTP server around the route handlers (bench/upload-server.ts).
 */
export async function benchUploadLoad(workDir: string): Promise<string> {
  const big = path.join(workDir, "big");
  const readers = path.join(workDir, "readers");
  await generateMesh(big, { projects: 1, models: 8000, seed: 1 });
  await generateMesh(readers, { projects: 5, models: 200, seed: 3 });
  const bigManifest = await firstManifest(big);
  const gzipped = path.join(workDir, "manifest.json.gz");
  await pipeline(
    createReadStream(bigManifest.file),
    createGzip(),
    createWriteStream(gzipped),
  );
  const plainBytes = (await fs.stat(bigManifest.file)).size;
  const gzipBytes = (await fs.stat(gzipped)).size;

  const cluster = await startThrowawayCluster({ isDurable: true });
  try {
    await migrate(cluster.url);
    const server = await startServer(cluster.url);
    try {
      for (const project of await fs.readdir(readers))
        await upload(
          server,
          project,
          path.join(readers, project, "target", "manifest.json"),
          false,
        );
      const urls = QUERIES.map((q) => `${server.url}/api/v1/search?q=${q}`);
      await readFor(urls, 4, () => sleep(3_000)); // warm-up: pool, JIT
      const quiet = await readFor(urls, READERS, () => sleep(QUIET_MS));
      const before = readRss(server.child);
      const started = performance.now();
      let peak = 0;
      const sampler = setInterval(
        () => (peak = Math.max(peak, readRss(server.child).rss)),
        50,
      );
      let status = 0;
      const during = await readFor(urls, READERS, async () => {
        status = await upload(server, bigManifest.project, gzipped, true);
      });
      const uploadMs = performance.now() - started;
      clearInterval(sampler);
      await sleep(5_000);
      const after = readRss(server.child);
      return [
        `Upload: one ${mb(plainBytes)} manifest sent gzipped (${mb(gzipBytes)}), answered ${status} in ${(uploadMs / 1000).toFixed(1)} s. Readers: the search API (\`GET /api/v1/search\`), ${READERS} concurrent, over loopback HTTP, served by a plain Node server around the route handlers (not \`next start\`).`,
        "",
        "| Readers | requests | errors | p50 | p95 | p99 | max |",
        "|---|---:|---:|---:|---:|---:|---:|",
        row(`quiet, ${QUIET_MS / 1000} s`, quiet),
        row("while the upload runs", during),
        "",
        `Server RSS: ${mb(before.rss)} before the upload, peak ${mb(peak)} while it ran (sampled every 50 ms), ${mb(after.rss)} 5 s after it; process high-water mark ${mb(after.hwm)}.`,
      ].join("\n");
    } finally {
      server.child.kill("SIGTERM");
    }
  } finally {
    await cluster.stop();
  }
}

async function firstManifest(
  meshDir: string,
): Promise<{ project: string; file: string }> {
  const project = (await fs.readdir(meshDir))[0] ?? "";
  return {
    project,
    file: path.join(meshDir, project, "target", "manifest.json"),
  };
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "bench/upload-server.ts"],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (!child.stdout) throw new Error("the upload server has no stdout");
  const [line] = (await once(child.stdout.setEncoding("utf8"), "data")) as [
    string,
  ];
  const { port, token } = JSON.parse(line) as { port: number; token: string };
  return { url: `http://127.0.0.1:${port}`, token, child };
}

/** Posts one manifest file as a bare body, streamed from disk; forced, as the two generated meshes can share a project name. */
async function upload(
  server: Server,
  project: string,
  file: string,
  isGzip: boolean,
): Promise<number> {
  const response = await fetch(
    `${server.url}/api/v1/projects/${project}/artifacts?force=true`,
    {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.token}`,
        "content-type": isGzip ? "application/gzip" : "application/json",
      },
      body: Readable.toWeb(
        createReadStream(file),
      ) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit,
  );
  await response.arrayBuffer();
  if (!response.ok)
    throw new Error(`upload of ${project} answered ${response.status}`);
  return response.status;
}

/** `concurrency` readers request `urls` round-robin until `work` settles; time to first byte. */
async function readFor(
  urls: string[],
  concurrency: number,
  work: () => Promise<void>,
): Promise<Latencies> {
  const result: Latencies = { samples: [], errors: 0 };
  let isDone = false;
  let next = 0;
  const reader = async () => {
    while (!isDone) {
      const started = performance.now();
      try {
        const response = await fetch(urls[next++ % urls.length] ?? "");
        result.samples.push(performance.now() - started);
        await response.arrayBuffer();
        if (!response.ok) result.errors++;
      } catch {
        result.errors++;
      }
    }
  };
  const readers = Array.from({ length: concurrency }, reader);
  try {
    await work();
  } finally {
    isDone = true;
    await Promise.all(readers);
  }
  return result;
}

/** The child's resident set and its high-water mark, from /proc (Linux). */
function readRss(child: ChildProcess): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const kib = (key: string) =>
      Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib("VmRSS"), hwm: kib("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

function row(label: string, { samples, errors }: Latencies): string {
  const ms = (p: number) => `${percentile(samples, p).toFixed(0)} ms`;
  return `| ${label} | ${samples.length} | ${errors} | ${ms(50)} | ${ms(95)} | ${ms(99)} | ${Math.max(...samples).toFixed(0)} ms |`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
