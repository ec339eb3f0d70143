import fs from "node:fs/promises";
import { formatBytes, isGzip } from "@/lib/artifacts/decode";
import { ArtifactError } from "@/lib/artifacts/errors";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { DiscoveredProject } from "./discover";
import { ArtifactUnavailableError } from "./fetch-artifact";
import type { RawArtifact } from "./ingest-project";

export type Artifacts = Partial<Record<ArtifactKind, RawArtifact>>;

/**
 * Reads a project's artifact files. A file larger on disk than `maxBytes` is
 * refused before it is read (its contents could only be larger), so a stray
 * multi-gigabyte file never fills memory.
 */
export async function readArtifactFiles(
  files: DiscoveredProject["files"],
  options: {
    maxBytes: number;
    onRead?: (label: string, bytes: number) => void;
  },
): Promise<Artifacts> {
  const artifacts: Artifacts = {};
  for (const [kind, file] of Object.entries(files) as [
    ArtifactKind,
    { path: string; label: string },
  ][]) {
    artifacts[kind] = await readArtifactFile(file, options);
  }
  return artifacts;
}

/** Reads one artifact file, refusing it unread when it is over `maxBytes` on disk. */
export async function readArtifactFile(
  file: { path: string; label: string },
  options: {
    maxBytes: number;
    onRead?: (label: string, bytes: number) => void;
  },
): Promise<RawArtifact> {
  const stat = await fs.stat(file.path).catch((error: unknown) => {
    throw new ArtifactUnavailableError(
      `${file.label}: cannot be read (${(error as Error).message})`,
    );
  });
  if (stat.size > options.maxBytes)
    throw new ArtifactError(
      file.label,
      `is ${formatBytes(stat.size)}, over the limit of ${formatBytes(options.maxBytes)}`,
      { isTooLarge: true },
    );
  options.onRead?.(file.label, stat.size);
  return { file: file.label, bytes: await fs.readFile(file.path) };
}

/**
 * About how many bytes the artifacts hold once decompressed, to decide whether
 * progress is worth showing: a gzip file's trailer gives its plain size
 * (modulo 4 GiB, so never less than the compressed size is assumed).
 */
export function estimatePlainBytes(artifacts: Artifacts): number {
  let total = 0;
  for (const artifact of Object.values(artifacts)) {
    if (!artifact) continue;
    const { bytes } = artifact;
    const trailer =
      isGzip(bytes) && bytes.length >= 4
        ? Buffer.from(
            bytes.buffer,
            bytes.byteOffset,
            bytes.length,
          ).readUInt32LE(bytes.length - 4)
        : 0;
    total += Math.max(bytes.length, trailer);
  }
  return total;
}
