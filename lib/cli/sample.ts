/**
 * Writes a generated mesh as a monorepo of dbt projects:
 *   DIR/<project>/dbt_project.yml
 *   DIR/<project>/dbt_loom.config.yml   (consumers only)
 *   DIR/<project>/target/*.json[.gz]
 *
 * (options: npm run sample -- --help)
 */
import { createWriteStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { JsonObject, SampleProject } from "@/lib/sample";
import {
  ARTIFACT_FILE_NAMES,
  generateSampleMesh,
  generateSyntheticMesh,
  streamDbtJson,
} from "@/lib/sample";
import { exitWithError, readCommandLineOrExit } from "./command-line";
import { parseSampleArgs, SAMPLE_USAGE } from "./sample-args";

const CHUNK_CHARS = 1 << 16;

/** Batches the serializer's small chunks so the file gets few, large writes. */
function* batch(chunks: Iterable<string>): Generator<string> {
  let buffer = "";
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

async function writeJson(
  file: string,
  artifact: JsonObject,
  isGzip: boolean,
): Promise<string> {
  const target = isGzip ? `${file}.gz` : file;
  const source = Readable.from(batch(streamDbtJson(artifact)));
  if (isGzip) await pipeline(source, createGzip(), createWriteStream(target));
  else await pipeline(source, createWriteStream(target));
  return target;
}

async function writeProject(
  outDir: string,
  project: SampleProject,
  isGzip: boolean,
): Promise<number> {
  const projectDir = path.join(outDir, project.name);
  const targetDir = path.join(projectDir, "target");
  await mkdir(targetDir, { recursive: true });
  await writeFile(
    path.join(projectDir, "dbt_project.yml"),
    project.dbtProjectYml,
  );
  if (project.loomConfig) {
    const config = isGzip
      ? project.loomConfig.replaceAll(
          "/target/manifest.json",
          "/target/manifest.json.gz",
        )
      : project.loomConfig;
    await writeFile(path.join(projectDir, "dbt_loom.config.yml"), config);
  }
  let bytes = 0;
  for (const [key, fileName] of Object.entries(ARTIFACT_FILE_NAMES)) {
    const artifact = project.files[key as keyof typeof ARTIFACT_FILE_NAMES];
    if (!artifact) continue;
    const written = await writeJson(
      path.join(targetDir, fileName),
      artifact,
      isGzip,
    );
    bytes += (await stat(written)).size;
  }
  return bytes;
}

async function main(): Promise<void> {
  const options = readCommandLineOrExit(SAMPLE_USAGE, () =>
    parseSampleArgs(process.argv.slice(2)),
  );
  const now = options.now ? new Date(options.now) : undefined;
  const projects: Iterable<SampleProject> = options.synthetic
    ? generateSyntheticMesh({
        projects: options.projects,
        modelsPerProject: options.models,
        seed: options.seed,
        ...(now ? { now } : {}),
        ...(options.crossRefs === undefined
          ? {}
          : { crossProjectRefsPerProject: options.crossRefs }),
        ...(options.bytesPerNode === undefined
          ? {}
          : { bytesPerNode: options.bytesPerNode }),
      })
    : generateSampleMesh(now ? { now } : {});
  const startedAt = performance.now();
  let total = 0;
  // Each project is written before the next is generated, so memory holds one at a time.
  for (const project of projects) {
    const bytes = await writeProject(options.out, project, options.gzip);
    total += bytes;
    const nodes = Object.keys(
      project.files.manifest.nodes as JsonObject,
    ).length;
    console.log(
      `${project.name}: ${nodes} nodes, ${(bytes / 1e6).toFixed(1)} MB`,
    );
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(
    `wrote ${(total / 1e6).toFixed(1)} MB to ${options.out} in ${seconds}s`,
  );
}

main().catch(exitWithError);
