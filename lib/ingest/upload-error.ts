import { formatBytes } from "@/lib/artifacts/decode";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { SpooledArtifact } from "./ingest-project";

export type UploadLimits = {
  /** Largest single artifact part (or bare body), as sent. */
  maxArtifactBytes: number;
  /** Largest request body, all parts together. */
  maxUploadBytes: number;
};

/** An upload's artifacts, each in a file: one of each kind, and any further run_results.json. */
export type Upload = {
  artifacts: Partial<Record<ArtifactKind, SpooledArtifact>>;
  moreRunResults: SpooledArtifact[];
};

/** An upload refused before it reached the pipeline, with the HTTP status that says why. */
export class UploadError extends Error {
  readonly status: 400 | 413 | 415 | 422;
  readonly file: string | undefined;
  constructor(status: UploadError["status"], message: string, file?: string) {
    super(message);
    this.name = "UploadError";
    this.status = status;
    this.file = file;
  }
}

/** The 413 for one artifact (`file`) or for the whole upload. */
export function tooLarge(
  file: string | undefined,
  maxBytes: number,
): UploadError {
  return file === undefined
    ? new UploadError(
        413,
        `the upload is over the limit of ${formatBytes(maxBytes)} for all artifacts together`,
      )
    : new UploadError(
        413,
        `${file}: is over the limit of ${formatBytes(maxBytes)}`,
        file,
      );
}

/** The next chunk of a request body; a body that breaks off (the client went away) is a 400. */
export async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch (error) {
    throw new UploadError(
      400,
      `the request body could not be read: ${(error as Error).message}`,
    );
  }
}
