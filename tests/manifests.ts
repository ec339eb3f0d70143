/**
 * A v12 manifest of `project` holding `nodes` (by unique_id) and nothing
 * else, for tests that need a hand-made project.
 */
export function buildManifest(
  project: string,
  nodes: Record<string, unknown>,
  generatedAt = "2026-11-01T06:00:00Z",
) {
  return {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: "1.10.0",
      generated_at: generatedAt,
      project_name: project,
      adapter_type: "postgres",
    },
    nodes,
    sources: {},
    exposures: {},
    metrics: {},
    groups: {},
    docs: {},
    macros: {},
    disabled: {},
  };
}

type RunResults = {
  metadata: Record<string, unknown>;
  results: { unique_id: string; status: string }[];
};

/**
 * A later `dbt test` run of the tests in `runResults` (JSON text) that all
 * failed: what an orchestrator running a subset after the build uploads.
 */
export function failTestsLater(
  runResults: string,
  generatedAt = "2026-11-01T05:00:00Z",
): RunResults {
  const build = JSON.parse(runResults) as RunResults;
  return {
    ...build,
    metadata: { ...build.metadata, generated_at: generatedAt },
    results: build.results
      .filter((r) => r.unique_id.startsWith("test."))
      .map((r) => ({ ...r, status: "fail" })),
  };
}
