import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { buildApp, isBuildStale, startApp } from "@/lib/cli/next-server";
import { generateMesh } from "./generate";
import { measureIngestStalls } from "./ingest-stalls";
import { prepareLargeMesh } from "./large-mesh";
import { readWhile, sleep, type ReaderSamples } from "./load";
import { percentile } from "./machine";
import { pickProductPages, waitForServer } from "./pages";
import { addTypo, createRandom, makeNonWord } from "./search-queries";
import { watchMemory, type MemoryWatch } from "./server-memory";

const PORT = 3921;
const READERS = 20;
const PAGES = 200;
const PHASE_MS = 20_000;
const SEARCHERS = 10;
const QUERY_WORDS = 10;
/** One project of 8,000 models: a manifest of about 100 MB. */
const UPLOAD_SHAPE = { projects: 1, models: 8_000, seed: 1 };

type Phase = { label: string; readers: ReaderSamples; peakRss: number };
type Timed = { status: number; ms: number };
type Upload = {
  project: string;
  file: string;
  plainBytes: number;
  gzipBytes: number;
};

/**
 * Readers under hostile load, on the real production server (`next start`)
 * and the shared 100k-node mesh: READERS concurrent readers on product pages,
 * quiet, then while SEARCHERS many-word searches run back to back, then while
 * a ~100 MB manifest is uploaded gzipped through the write API.
 */
export async function benchHostileLoad(workDir: string): Promise<string> {
  const mesh = await prepareLargeMesh();
  const upload = await prepareUpload(workDir);
  const stalls = await measureIngestStalls(upload.file, upload.project);
  if (await isBuildStale()) await buildApp();
  const server = startApp(PORT, mesh.cluster.url);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForServer(`${base}/api/v1/projects`);
    const token = await createAdminToken(mesh.cluster.url);
    // The upload replaces its project: readers stay off its pages.
    const paths = await pickProductPages(
      mesh.cluster.url,
      PAGES,
      upload.project,
    );
    const urls = paths.map((p) => base + p);
    await readWhile(urls.slice(0, 10), 4, () => sleep(3_000)); // warm-up
    const memory = watchMemory(server.pid ?? 0);
    const phases: Phase[] = [];
    const runPhase = async (label: string, work: () => Promise<void>) => {
      memory.resetPeak();
      const readers = await readWhile(urls, READERS, work);
      phases.push({ label, readers, peakRss: memory.peak() });
    };

    await runPhase(`quiet, ${PHASE_MS / 1000} s`, () => sleep(PHASE_MS));
    const queries = buildManyWordQueries(paths, 100);
    const searches: Timed[] = [];
    await runPhase(
      `${SEARCHERS} many-word searches back to back, ${PHASE_MS / 1000} s`,
      () => search(base, queries, searches),
    );
    let posted: Timed = { status: 0, ms: 0 };
    await runPhase("one ~100 MB upload, until it is answered", async () => {
      posted = await postManifest(base, token, upload);
    });
    memory.stop();
    return [
      report(phases, searches, posted, upload, mesh, memory),
      stalls,
    ].join("\n\n");
  } finally {
    server.kill("SIGTERM");
  }
}

async function prepareUpload(workDir: string): Promise<Upload> {
  const dir = path.join(workDir, "upload");
  await generateMesh(dir, UPLOAD_SHAPE);
  const project = (await fs.readdir(dir))[0] ?? "";
  const plain = path.join(dir, project, "target", "manifest.json");
  const file = path.join(workDir, "manifest.json.gz");
  await pipeline(
    createReadStream(plain),
    createGzip(),
    createWriteStream(file),
  );
  return {
    project,
    file,
    plainBytes: (await fs.stat(plain)).size,
    gzipBytes: (await fs.stat(file)).size,
  };
}

/** An admin token, made the way an operator makes one (`npm run token -- create --admin`). */
async function createAdminToken(databaseUrl: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "lib/cli/token.ts",
      "create",
      "--admin",
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  let secret = "";
  child.stdout
    .setEncoding("utf8")
    .on("data", (chunk: string) => (secret += chunk));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0 || !secret.trim()) throw new Error("could not create a token");
  return secret.trim();
}

/**
 * Queries of QUERY_WORDS words the mesh has no name for: half non-words,
 * half its own name words with a letter dropped, so that each asks the typo
 * lookup (the costliest part of a search) for every word it will take.
 */
function buildManyWordQueries(paths: string[], count: number): string[] {
  const random = createRandom(11);
  const words = [
    ...new Set(
      paths.flatMap((p) =>
        decodeURIComponent(p.split("/").at(-1) ?? "").split("_"),
      ),
    ),
  ].filter((word) => word.length >= 5);
  return Array.from({ length: count }, () =>
    Array.from({ length: QUERY_WORDS }, (_, i) =>
      i % 2 === 0
        ? makeNonWord(random)
        : addTypo(words[Math.floor(random() * words.length)] ?? "", random),
    ).join(" "),
  );
}

/** SEARCHERS callers of the search API, each sending the next query as soon as it has its answer. */
async function search(
  base: string,
  queries: string[],
  out: Timed[],
): Promise<void> {
  const deadline = performance.now() + PHASE_MS;
  let next = 0;
  const searcher = async () => {
    while (performance.now() < deadline) {
      const q = queries[next++ % queries.length] ?? "";
      out.push(
        await timed(() =>
          fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`),
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: SEARCHERS }, searcher));
}

/** Posts the gzipped manifest as a bare body, streamed from disk; forced, as its project is in the mesh already. */
function postManifest(
  base: string,
  token: string,
  upload: Upload,
): Promise<Timed> {
  return timed(() =>
    fetch(`${base}/api/v1/projects/${upload.project}/artifacts?force=true`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/gzip",
      },
      body: Readable.toWeb(
        createReadStream(upload.file),
      ) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit),
  );
}

/** Status and duration of one request, its body read; status 0 when no answer came. */
async function timed(send: () => Promise<Response>): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await send();
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

function report(
  phases: Phase[],
  searches: Timed[],
  posted: Timed,
  upload: Upload,
  mesh: { projects: number; nodes: number },
  memory: MemoryWatch,
): string {
  const quietP95 = percentile(phases[0]?.readers.firstByteMs ?? [], 95);
  const verdicts = phases.slice(1).map((phase) => {
    const p95 = percentile(phase.readers.firstByteMs, 95);
    const failed = phase.readers.serverErrors + phase.readers.failedInPage;
    const isMet = failed === 0 && p95 <= 2 * quietP95;
    return `${phase.label}: ${failed} failed (5xx or inside the page), p95 ${(p95 / quietP95).toFixed(1)}× quiet, ${isMet ? "met" : "not met"}`;
  });
  const searchMs = searches.map((s) => s.ms);
  return [
    `Mesh: ${mesh.projects} projects, ${mesh.nodes.toLocaleString("en")} nodes, served by \`next start\`. Readers: ${READERS} concurrent, on ${PAGES} product pages round-robin (none of the uploaded project's), each page read to its last byte. Server RSS sampled every 100 ms (${mb(memory.first())} before the quiet phase).`,
    "",
    "| Readers | requests | 5xx | failed inside a 200 page | other errors | first byte p50 | p95 | p99 | max | whole page p50 | p95 | p99 | max | server RSS peak |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...phases.map(phaseRow),
    "",
    `Searches: ${searches.length} of ${QUERY_WORDS} words each (half non-words, half the mesh's name words with a letter dropped), ${SEARCHERS} at a time through \`GET /api/v1/search\`; answers ${countStatuses(searches)}; each took p50 ${ms(percentile(searchMs, 50))}, p95 ${ms(percentile(searchMs, 95))}, max ${ms(Math.max(...searchMs))}.`,
    "",
    `Upload: one ${mb(upload.plainBytes)} manifest (${UPLOAD_SHAPE.models.toLocaleString("en")} models) sent gzipped (${mb(upload.gzipBytes)}) with an admin token to \`POST /api/v1/projects/{project}/artifacts?force=true\`, replacing a 200-model project of the mesh: answered ${posted.status} in ${(posted.ms / 1000).toFixed(1)} s.`,
    "",
    `Target: zero 5xx, reader p95 (first byte) at most twice its quiet value. ${verdicts.join("; ")}.`,
  ].join("\n");
}

function phaseRow({ label, readers, peakRss }: Phase): string {
  const stats = (values: number[]) =>
    [50, 95, 99]
      .map((p) => ms(percentile(values, p)))
      .concat(ms(Math.max(...values)));
  return `| ${label} | ${readers.firstByteMs.length} | ${readers.serverErrors} | ${readers.failedInPage} | ${readers.otherErrors} | ${stats(readers.firstByteMs).join(" | ")} | ${stats(readers.wholeMs).join(" | ")} | ${mb(peakRss)} |`;
}

function countStatuses(requests: Timed[]): string {
  const counts = new Map<number, number>();
  for (const { status } of requests)
    counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${n} × ${status === 0 ? "no answer" : status}`)
    .join(", ");
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}
