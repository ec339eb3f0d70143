import { refuseOversize } from "@/lib/artifacts/decode";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { describeStoreError, fetchFromObjectStore } from "./object-store";

export type S3Location = {
  bucketName: string;
  objectName: string;
  endpointUrl: string | undefined;
  region: string | undefined;
};

/**
 * A manifest in S3 or an S3-compatible store (`endpoint_url`, addressed
 * path-style as MinIO and its kin expect). Credentials come from the SDK's
 * own chain (AWS_ACCESS_KEY_ID, AWS_PROFILE, instance roles).
 */
export async function fetchS3Source(
  location: S3Location,
  request: FetchRequest,
): Promise<SourceFetch> {
  const client = new S3Client({
    region: location.region ?? request.env.AWS_REGION ?? "us-east-1",
    endpoint: location.endpointUrl,
    forcePathStyle: location.endpointUrl !== undefined,
  });
  try {
    return await fetchFromObjectStore(
      location.objectName,
      async (key, ifNoneMatch) => {
        const where = `s3://${location.bucketName}/${key}`;
        try {
          const answer = await client.send(
            new GetObjectCommand({
              Bucket: location.bucketName,
              Key: key,
              IfNoneMatch: ifNoneMatch ?? undefined,
            }),
          );
          refuseOversize(where, answer.ContentLength ?? 0, request.maxBytes);
          const bytes =
            (await answer.Body?.transformToByteArray()) ?? new Uint8Array();
          return { bytes, version: answer.ETag ?? "" };
        } catch (error) {
          if (isNotModified(error)) return null;
          throw describeStoreError(where, error);
        }
      },
      request,
    );
  } finally {
    client.destroy();
  }
}

function isNotModified(error: unknown): boolean {
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  return meta?.httpStatusCode === 304;
}
