import type { PackageFilter } from "@/lib/artifacts/select-packages";
import type { ArtifactKind } from "@/lib/artifacts/types";

/** Every kind of place the catalog pulls artifacts from. */
export const SOURCE_TYPES = [
  "file",
  "http",
  "s3",
  "gcs",
  "azure",
  "dbt_cloud",
] as const;

export type SourceType = (typeof SOURCE_TYPES)[number];

/** Where a source's artifacts live, in the catalog's own terms (dbt-loom's keys are read into these). */
export type SourceLocation =
  | { type: "file"; path: string }
  | { type: "http"; url: string; headers: Record<string, string> }
  | {
      type: "s3";
      bucketName: string;
      objectName: string;
      endpointUrl: string | undefined;
      region: string | undefined;
    }
  | {
      type: "gcs";
      projectId: string | undefined;
      bucketName: string;
      objectName: string;
      apiEndpoint: string | undefined;
    }
  | {
      type: "azure";
      containerName: string;
      objectName: string;
      accountName: string | undefined;
    }
  | {
      type: "dbt_cloud";
      accountId: number;
      job: { jobId: number } | { environmentId: number };
      apiEndpoint: string;
      step: number | undefined;
    };

export type SourceEntry = {
  name: string;
  /** Line of the entry in the sources file, for messages. */
  line: number;
  /** Cron expression (UTC): when the source is pulled. */
  schedule: string;
  isOptional: boolean;
  /** The manifest first, then the siblings published beside it. */
  artifacts: ArtifactKind[];
  packageFilter: PackageFilter | null;
  location: SourceLocation;
};

export type SourcesConfig = {
  file: string;
  sources: SourceEntry[];
  warnings: string[];
};
