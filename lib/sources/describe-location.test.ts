import { expect, test } from "vitest";
import { describeLocation } from "./describe-location";
import type { SourceLocation } from "./source-types";

test.each<[SourceLocation, string]>([
  [
    { type: "file", path: "/srv/core/target/manifest.json" },
    "/srv/core/target/manifest.json",
  ],
  [
    {
      type: "http",
      url: "https://user:pw@x.test/a/manifest.json?sig=abc",
      headers: { Authorization: "Bearer t" },
    },
    "https://x.test/a/manifest.json",
  ],
  [
    {
      type: "s3",
      bucketName: "b",
      objectName: "k/manifest.json",
      endpointUrl: undefined,
      region: undefined,
    },
    "s3://b/k/manifest.json",
  ],
  [
    {
      type: "gcs",
      bucketName: "b",
      objectName: "m.json",
      projectId: "p",
      apiEndpoint: undefined,
    },
    "gs://b/m.json",
  ],
  [
    {
      type: "azure",
      containerName: "c",
      objectName: "m.json",
      accountName: "acct",
    },
    "azure://acct/c/m.json",
  ],
  [
    {
      type: "dbt_cloud",
      accountId: 1,
      job: { environmentId: 9 },
      apiEndpoint: "https://cloud.getdbt.com/api/v2",
      step: undefined,
    },
    "dbt Cloud account 1, environment 9",
  ],
])("%j reads %s, with no secret", (location, expected) => {
  expect(describeLocation(location)).toBe(expected);
});
