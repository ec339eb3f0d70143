import { inflateArtifact } from "@/lib/artifacts/decode";
import { isArtifactError } from "@/lib/artifacts/errors";
import { parseArtifactSet, type ArtifactInputs } from "@/lib/artifacts/parse";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { DiscoveredProject } from "@/lib/ingest/discover";
import { ArtifactUnavailableError } from "@/lib/ingest/fetch-artifact";
import { readArtifactFiles } from "@/lib/ingest/read-artifacts";
import {
  ProjectIdentityError,
  resolveProjectName,
} from "@/lib/mesh/project-identity";
import { buildSnapshot, type ProjectSnapshot } from "@/lib/mesh/snapshot";

export type ReadSnapshot = {
  snapshot: ProjectSnapshot;
  /** The artifact kinds read, in name order. */
  artifacts: string[];
};

/**
 * Reads a discovered project's artifacts from disk, offline, into its
 * snapshot, as an ingest would build it (without writing anything).
 */
export async function readProjectSnapshot(
  project: DiscoveredProject,
  options: {
    maxBytes: number;
    projectName: string | undefined;
    /** Read only these of the artifacts found (default: all). */
    kinds?: readonly ArtifactKind[];
  },
): Promise<ReadSnapshot> {
  const { maxBytes, kinds } = options;
  const files = kinds
    ? Object.fromEntries(
        Object.entries(project.files).filter(([kind]) =>
          kinds.includes(kind as ArtifactKind),
        ),
      )
    : project.files;
  const raw = await readArtifactFiles(files, { maxBytes });
  const inputs: ArtifactInputs = {};
  for (const [kind, artifact] of Object.entries(raw) as [
    ArtifactKind,
    { file: string; bytes: Uint8Array },
  ][])
    inputs[kind] = {
      file: artifact.file,
      bytes: inflateArtifact(artifact.file, artifact.bytes, maxBytes),
    };
  const parsed = parseArtifactSet(inputs);
  const name = resolveProjectName(parsed.manifest, options.projectName);
  return {
    snapshot: buildSnapshot(name, parsed),
    artifacts: Object.keys(inputs).sort(),
  };
}

/** Problems of the artifacts themselves: reported per location, exit code 2. */
export function isArtifactProblem(error: unknown): error is Error {
  return (
    isArtifactError(error) ||
    error instanceof ProjectIdentityError ||
    error instanceof ArtifactUnavailableError
  );
}
