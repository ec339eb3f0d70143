import { fetchAzureSource } from "./fetchers/fetch-azure";
import { fetchDbtCloudSource } from "./fetchers/fetch-dbt-cloud";
import { fetchFileSource } from "./fetchers/fetch-file";
import { fetchGcsSource } from "./fetchers/fetch-gcs";
import { fetchHttpSource } from "./fetchers/fetch-http";
import { fetchS3Source } from "./fetchers/fetch-s3";
import type { FetchRequest, SourceFetch } from "./fetchers/fetch-types";
import type { SourceLocation } from "./source-types";

/** Asks the source's store for its artifacts, if they changed since `request.previous`. */
export function fetchSource(
  location: SourceLocation,
  request: FetchRequest,
): Promise<SourceFetch> {
  switch (location.type) {
    case "file":
      return fetchFileSource(location, request);
    case "http":
      return fetchHttpSource(location, request);
    case "s3":
      return fetchS3Source(location, request);
    case "gcs":
      return fetchGcsSource(location, request);
    case "azure":
      return fetchAzureSource(location, request);
    case "dbt_cloud":
      return fetchDbtCloudSource(location, request);
  }
}
