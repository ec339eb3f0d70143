import { refuseOversize } from "@/lib/artifacts/decode";
import { BlobServiceClient, RestError } from "@azure/storage-blob";
import { ArtifactUnavailableError } from "@/lib/ingest/fetch-artifact";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { describeStoreError, fetchFromObjectStore } from "./object-store";

export type AzureLocation = {
  containerName: string;
  objectName: string;
  accountName: string | undefined;
};

/**
 * A manifest in Azure Blob Storage, reached through
 * AZURE_STORAGE_CONNECTION_STRING (the variable dbt-loom and Azure's tools
 * read); the blob's ETag is the validator.
 */
export async function fetchAzureSource(
  location: AzureLocation,
  request: FetchRequest,
): Promise<SourceFetch> {
  const connection = request.env.AZURE_STORAGE_CONNECTION_STRING;
  if (!connection)
    throw new ArtifactUnavailableError(
      `azure container ${location.containerName}: set AZURE_STORAGE_CONNECTION_STRING to reach account ${location.accountName ?? "(unnamed)"}`,
    );
  const container = BlobServiceClient.fromConnectionString(
    connection,
  ).getContainerClient(location.containerName);
  return fetchFromObjectStore(
    location.objectName,
    async (key, ifNoneMatch) => {
      const where = `azure://${location.containerName}/${key}`;
      try {
        const answer = await container
          .getBlobClient(key)
          .download(0, undefined, {
            conditions: ifNoneMatch ? { ifNoneMatch } : undefined,
          });
        refuseOversize(where, answer.contentLength ?? 0, request.maxBytes);
        const bytes = await readAll(answer.readableStreamBody);
        return { bytes, version: answer.etag ?? "" };
      } catch (error) {
        if (error instanceof RestError && error.statusCode === 304) return null;
        throw describeStoreError(where, error);
      }
    },
    request,
  );
}

async function readAll(
  stream: NodeJS.ReadableStream | undefined,
): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
