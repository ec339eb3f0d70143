import { describe, expect, test } from "vitest";
import { parseSourcesConfig } from "./sources-config";

const parse = (text: string, env: Record<string, string> = {}) =>
  parseSourcesConfig(text, {
    file: "catalog-sources.yml",
    baseDir: "/srv/mesh",
    env,
  });

describe("parseSourcesConfig reads dbt-loom's manifests list", () => {
  test("each type into its location, with the schedule, artifacts and package filter", () => {
    const config = parse(
      `schedule: "*/30 * * * *"
manifests:
  - name: core
    type: file
    config: { path: ../core/target/manifest.json }
  - name: web
    type: file
    config: { path: "https://example.com/a/manifest.json" }
  - name: sales
    type: s3
    schedule: "0 2 * * *"
    artifacts: [catalog, run_results]
    excluded_packages: [dbt_project_evaluator]
    config:
      bucket_name: artifacts
      object_name: sales/manifest.json
      endpoint_url: \${S3_URL}
  - name: finance
    type: dbt_cloud
    optional: true
    config: { account_id: "\${DBT_ACCOUNT}", environment_id: 7 }
`,
      { S3_URL: "http://127.0.0.1:9000", DBT_ACCOUNT: "42" },
    );
    expect(config.warnings).toEqual([]);
    expect(config.sources).toEqual([
      expect.objectContaining({
        name: "core",
        line: 3,
        schedule: "*/30 * * * *",
        artifacts: ["manifest"],
        location: { type: "file", path: "/srv/core/target/manifest.json" },
      }),
      expect.objectContaining({
        location: {
          type: "http",
          url: "https://example.com/a/manifest.json",
          headers: {},
        },
      }),
      expect.objectContaining({
        name: "sales",
        schedule: "0 2 * * *",
        artifacts: ["manifest", "catalog", "run_results"],
        packageFilter: { mode: "exclude", packages: ["dbt_project_evaluator"] },
        location: {
          type: "s3",
          bucketName: "artifacts",
          objectName: "sales/manifest.json",
          endpointUrl: "http://127.0.0.1:9000",
          region: undefined,
        },
      }),
      expect.objectContaining({
        name: "finance",
        isOptional: true,
        location: {
          type: "dbt_cloud",
          accountId: 42,
          job: { environmentId: 7 },
          apiEndpoint: "https://cloud.getdbt.com/api/v2",
          step: undefined,
        },
      }),
    ]);
  });

  test("without any schedule, a source is pulled hourly", () => {
    const config = parse(
      "manifests:\n  - { name: a, type: file, config: { path: a.json } }\n",
    );
    expect(config.sources[0]?.schedule).toBe("0 * * * *");
  });

  test("an unset variable is a warning naming its line", () => {
    const config = parse(
      "manifests:\n  - name: a\n    type: http\n    config: { url: 'https://x.test/m.json', headers: { Authorization: 'Bearer ${TOKEN}' } }\n",
    );
    expect(config.warnings).toEqual([
      "catalog-sources.yml:4: environment variable TOKEN is not set; it reads as an empty string",
    ]);
  });
});

describe("parseSourcesConfig names the file, line and entry of each problem", () => {
  test.each([
    [
      "manifests: 3\n",
      "catalog-sources.yml:1: needs a `manifests:` list of sources",
    ],
    ["manifests: [\n", "catalog-sources.yml:2: not valid YAML"],
    [
      "manifests:\n  - name: a\n    type: ftp\n",
      "catalog-sources.yml:3: manifests[0] (a).type: Invalid option",
    ],
    [
      "manifests:\n  - name: a\n    type: s3\n    config:\n      bucket_name: b\n",
      "catalog-sources.yml:5: manifests[0] (a).config.object_name: Invalid input: expected string, received undefined",
    ],
    [
      "manifests:\n  - name: a\n    type: file\n    schedule: '61 * * * *'\n    config: { path: m.json }\n",
      "catalog-sources.yml:4: manifests[0] (a).schedule: not a cron schedule (Constraint error, got value 61 expected range 0-59)",
    ],
    [
      "manifests:\n  - name: a\n    type: dbt_cloud\n    config: { account_id: 1 }\n",
      "catalog-sources.yml:4: manifests[0] (a).config: needs exactly one of job_id and environment_id",
    ],
    [
      "manifests:\n  - { name: a, type: file, config: { path: a.json } }\n  - { name: a, type: file, config: { path: b.json } }\n",
      'catalog-sources.yml:3: a source named "a" is already at line 2; names must be unique',
    ],
    [
      "manifests:\n  - name: a\n    type: file\n    artifacts: [docs]\n    config: { path: m.json }\n",
      "catalog-sources.yml:4: manifests[0] (a).artifacts.0: Invalid option",
    ],
  ])("%j", (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});

test("the README's example sources file reads, every type in it", async () => {
  const { readFile } = await import("node:fs/promises");
  const readme = await readFile(
    new URL("../../README.md", import.meta.url),
    "utf8",
  );
  const section = readme.slice(
    readme.indexOf("## Pulling from where artifacts live"),
  );
  const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const config = parse(example, {
    ARTIFACTS_TOKEN: "t",
    S3_URL: "http://127.0.0.1:9000",
  });
  expect(config.warnings).toEqual([]);
  expect(
    config.sources.map((s) => [s.name, s.location.type, s.schedule]),
  ).toEqual([
    ["core", "file", "*/30 * * * *"],
    ["marketing", "http", "*/30 * * * *"],
    ["sales", "s3", "0 * * * *"],
    ["finance", "gcs", "*/30 * * * *"],
    ["hr", "azure", "*/30 * * * *"],
    ["platform", "dbt_cloud", "*/30 * * * *"],
  ]);
});
