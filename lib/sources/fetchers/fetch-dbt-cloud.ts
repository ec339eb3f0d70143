import { z } from "zod";
import { ARTIFACT_FILE_NAMES } from "@/lib/artifacts/types";
import {
  ArtifactUnavailableError,
  fetchArtifactIfModified,
} from "@/lib/ingest/fetch-artifact";
import type { Artifacts } from "@/lib/ingest/read-artifacts";
import type { FetchRequest, SourceFetch } from "./fetch-types";

export type DbtCloudLocation = {
  accountId: number;
  job: { jobId: number } | { environmentId: number };
  apiEndpoint: string;
  step: number | undefined;
};

/** dbt Cloud's run status for "Success" (Administrative API v2). */
const SUCCESS = 10;
/** The run list is a small JSON page; a megabyte is plenty. */
const RUN_LIST_BYTES = 1024 * 1024;

const runListSchema = z.object({
  data: z.array(z.object({ id: z.number().int() })),
});

/**
 * The artifacts of the latest successful run of a dbt Cloud job (or of any
 * job in an environment), through the Administrative API v2 with the token
 * in DBT_CLOUD_API_TOKEN, as dbt-loom reads it. The run's id is the
 * validator: no newer successful run costs one request.
 */
export async function fetchDbtCloudSource(
  location: DbtCloudLocation,
  request: FetchRequest,
): Promise<SourceFetch> {
  const token = request.env.DBT_CLOUD_API_TOKEN;
  if (!token)
    throw new ArtifactUnavailableError(
      `dbt Cloud account ${location.accountId}: set DBT_CLOUD_API_TOKEN`,
    );
  const headers = {
    authorization: `Bearer ${token}`,
    accept: "application/json",
  };
  const account = `${location.apiEndpoint}/accounts/${location.accountId}`;
  const runId = await findLatestSuccessfulRun(account, location, headers);
  const validator = `run:${runId}`;
  if (validator === request.previous) return { isModified: false };
  const artifacts: Artifacts = {};
  for (const kind of request.artifacts) {
    const url = new URL(
      `${account}/runs/${runId}/artifacts/${ARTIFACT_FILE_NAMES[kind]}`,
    );
    if (location.step !== undefined)
      url.searchParams.set("step", String(location.step));
    const answer = await fetchArtifactIfModified(url.toString(), {
      maxBytes: request.maxBytes,
      headers,
    });
    if (answer.isModified)
      artifacts[kind] = { file: url.pathname, bytes: answer.bytes };
  }
  return { isModified: true, artifacts, validator };
}

async function findLatestSuccessfulRun(
  account: string,
  location: DbtCloudLocation,
  headers: Record<string, string>,
): Promise<number> {
  const url = new URL(`${account}/runs/`);
  if ("jobId" in location.job)
    url.searchParams.set("job_definition_id", String(location.job.jobId));
  else
    url.searchParams.set("environment_id", String(location.job.environmentId));
  url.searchParams.set("status", String(SUCCESS));
  url.searchParams.set("order_by", "-finished_at");
  url.searchParams.set("limit", "1");
  const answer = await fetchArtifactIfModified(url.toString(), {
    maxBytes: RUN_LIST_BYTES,
    headers,
  });
  const parsed = answer.isModified
    ? runListSchema.safeParse(
        JSON.parse(Buffer.from(answer.bytes).toString("utf8")),
      )
    : null;
  if (!parsed?.success)
    throw new ArtifactUnavailableError(`${url.pathname}: not a list of runs`);
  const run = parsed.data.data[0];
  if (!run)
    throw new ArtifactUnavailableError(
      `dbt Cloud ${"jobId" in location.job ? `job ${location.job.jobId}` : `environment ${location.job.environmentId}`}: no successful run yet`,
    );
  return run.id;
}
