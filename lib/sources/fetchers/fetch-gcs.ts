import { refuseOversize } from "@/lib/artifacts/decode";
import { Storage } from "@google-cloud/storage";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { describeStoreError, fetchFromObjectStore } from "./object-store";

export type GcsLocation = {
  projectId: string | undefined;
  bucketName: string;
  objectName: string;
  apiEndpoint: string | undefined;
};

/**
 * A manifest in Google Cloud Storage. The object's generation is the
 * validator: its metadata (one request) says whether it changed, and the
 * download asks for that very generation, so a write in between is not
 * mixed in. Credentials come from Application Default Credentials
 * (GOOGLE_APPLICATION_CREDENTIALS); `api_endpoint` (or the SDK's
 * STORAGE_EMULATOR_HOST) points it at another server.
 */
export async function fetchGcsSource(
  location: GcsLocation,
  request: FetchRequest,
): Promise<SourceFetch> {
  const bucket = new Storage({
    projectId: location.projectId,
    apiEndpoint: location.apiEndpoint,
  }).bucket(location.bucketName);
  return fetchFromObjectStore(
    location.objectName,
    async (key, ifNoneMatch) => {
      const where = `gs://${location.bucketName}/${key}`;
      try {
        const [metadata] = await bucket.file(key).getMetadata();
        const generation = String(metadata.generation ?? "");
        if (ifNoneMatch !== null && generation === ifNoneMatch) return null;
        refuseOversize(where, Number(metadata.size ?? 0), request.maxBytes);
        const [bytes] = await bucket.file(key, { generation }).download();
        return { bytes, version: generation };
      } catch (error) {
        throw describeStoreError(where, error);
      }
    },
    request,
  );
}
