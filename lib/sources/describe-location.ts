import type { SourceLocation } from "./source-types";

/**
 * Where a source's manifest lives, for people: never a header, a query
 * string (signed URLs carry their signature there) or URL credentials.
 */
export function describeLocation(location: SourceLocation): string {
  switch (location.type) {
    case "file":
      return location.path;
    case "http":
      return withoutSecrets(location.url);
    case "s3":
      return `s3://${location.bucketName}/${location.objectName}`;
    case "gcs":
      return `gs://${location.bucketName}/${location.objectName}`;
    case "azure":
      return `azure://${location.accountName ?? "(connection string)"}/${location.containerName}/${location.objectName}`;
    case "dbt_cloud": {
      const job =
        "jobId" in location.job
          ? `job ${location.job.jobId}`
          : `environment ${location.job.environmentId}`;
      return `dbt Cloud account ${location.accountId}, ${job}`;
    }
  }
}

function withoutSecrets(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
