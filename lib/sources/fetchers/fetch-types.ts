import type { ArtifactKind } from "@/lib/artifacts/types";
import type { Artifacts } from "@/lib/ingest/read-artifacts";

/**
 * What a store answered for a source: nothing new since `previous` (one
 * request spent), or the artifacts with the validator to send next time.
 */
export type SourceFetch =
  | { isModified: false }
  | { isModified: true; artifacts: Artifacts; validator: string };

export type FetchRequest = {
  /** The manifest first, then its siblings. */
  artifacts: ArtifactKind[];
  /** What the store answered last time (ETag, Last-Modified, generation, run id), if anything. */
  previous: string | null;
  maxBytes: number;
  /** Where credentials come from: the SDKs' standard variables, never the sources file. */
  env: Record<string, string | undefined>;
};
