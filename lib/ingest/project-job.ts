import type { DiscoveredProject } from "./discover";
import type { IngestJob } from "./ingest-jobs";
import type { IngestRunRecord } from "@/lib/db/ingest-runs";
import { readArtifactFiles } from "./read-artifacts";

/** The job that ingests a project found on disk: its files are read when its turn comes. */
export function toProjectJob(
  project: DiscoveredProject,
  options: { maxBytes: number; origin?: IngestRunRecord["origin"] },
): IngestJob {
  return {
    source: project.location,
    origin: options.origin ?? "cli",
    isOptional: false,
    notes: project.notes,
    load: async (onEvent) => ({
      artifacts: await readArtifactFiles(project.files, {
        maxBytes: options.maxBytes,
        onRead: (file, bytes) => onEvent({ stage: "reading", file, bytes }),
      }),
      warnings: [],
      notes: [],
    }),
  };
}
