import { ARTIFACT_FILE_NAMES } from "@/lib/artifacts/types";
import { isArtifactError } from "@/lib/artifacts/errors";
import { StaleManifestError } from "@/lib/db/stale-manifest";
import { ProjectIdentityError } from "@/lib/mesh/project-identity";

export type StaleManifest = {
  storedGeneratedAt: string;
  incomingGeneratedAt: string;
};

/** A rejected ingest: the input was bad or older than what is stored; nothing was written. */
export class IngestRejection extends Error {
  readonly isTooLarge: boolean;
  /** The artifact at fault, when one file is (the API reports it apart from the message). */
  readonly file: string | undefined;
  /** Set when the manifest is older than the stored one: both generated_at. */
  readonly staleManifest: StaleManifest | undefined;
  constructor(
    message: string,
    options: {
      isTooLarge?: boolean;
      file?: string;
      staleManifest?: StaleManifest;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "IngestRejection";
    this.isTooLarge = options.isTooLarge ?? false;
    this.file = options.file;
    this.staleManifest = options.staleManifest;
  }
}

/** The rejection an error of the input amounts to; null for a fault of the catalog. */
export function toRejection(error: unknown): IngestRejection | null {
  if (isArtifactError(error))
    return new IngestRejection(error.message, {
      isTooLarge: error.isTooLarge,
      file: error.file,
      cause: error,
    });
  if (error instanceof ProjectIdentityError)
    return new IngestRejection(error.message, { cause: error });
  if (error instanceof StaleManifestError)
    return new IngestRejection(error.message, {
      file: ARTIFACT_FILE_NAMES.manifest,
      staleManifest: {
        storedGeneratedAt: error.storedGeneratedAt,
        incomingGeneratedAt: error.incomingGeneratedAt,
      },
      cause: error,
    });
  return null;
}
