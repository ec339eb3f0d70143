import { describe, expect, test } from "vitest";
import {
  LoomConfigError,
  parseLoomConfig,
  type LoomConfig,
} from "./loom-config";

const BASE = "/work/mesh/consumer";

function parse(text: string, env: Record<string, string> = {}): LoomConfig {
  return parseLoomConfig(text, {
    file: "dbt_loom.config.yml",
    baseDir: BASE,
    env,
  });
}

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LoomConfigError);
    return (error as Error).message;
  }
  throw new Error("the config was accepted");
}

describe("dbt-loom config", () => {
  test("reads file entries: relative paths from the config's folder, URLs as they are", () => {
    const config = parse(`
manifests:
  - name: revenue
    type: file
    config:
      path: ../revenue/target/manifest.json
  - name: finance
    type: file
    config:
      path: https://artifacts.example.com/finance/manifest.json.gz
  - name: ops
    type: file
    config:
      path: file:///srv/ops/manifest.json
`);
    expect(config.manifests).toEqual([
      {
        name: "revenue",
        type: "file",
        line: 3,
        isOptional: false,
        source: {
          kind: "path",
          path: "/work/mesh/revenue/target/manifest.json",
        },
        packageFilter: null,
      },
      {
        name: "finance",
        type: "file",
        line: 7,
        isOptional: false,
        source: {
          kind: "url",
          url: "https://artifacts.example.com/finance/manifest.json.gz",
        },
        packageFilter: null,
      },
      {
        name: "ops",
        type: "file",
        line: 11,
        isOptional: false,
        source: { kind: "path", path: "/srv/ops/manifest.json" },
        packageFilter: null,
      },
    ]);
    expect(config.warnings).toEqual([]);
  });

  test("substitutes environment variables in the whole file before reading YAML", () => {
    const config = parse(
      `
manifests:
  - name: $PROJECT
    type: file
    optional: \${OPTIONAL:-true}
    config:
      path: \${ROOT}/target/manifest.json
`,
      { PROJECT: "revenue", ROOT: "/srv/revenue" },
    );
    expect(config.manifests[0]).toMatchObject({
      name: "revenue",
      isOptional: true,
      source: { kind: "path", path: "/srv/revenue/target/manifest.json" },
    });
  });

  test("an unset variable is a warning naming the line, and an emptied path an error naming it", () => {
    const text = `
manifests:
  - name: revenue
    type: file
    config:
      path: $REVENUE_MANIFEST
`;
    expect(errorOf(text)).toBe(
      "dbt_loom.config.yml:6: manifests[0] (revenue): type file needs config.path, the manifest's path or URL",
    );
    const partial = parse(
      text.replace("$REVENUE_MANIFEST", "${DIR}/manifest.json"),
    );
    expect(partial.warnings).toEqual([
      "dbt_loom.config.yml:6: environment variable DIR is not set; it reads as an empty string, as in dbt-loom",
    ]);
  });

  test("optional, excluded_packages and included_packages", () => {
    const config = parse(`
manifests:
  - name: revenue
    type: file
    optional: true
    config: { path: a.json }
    excluded_packages: [dbt_project_evaluator, elementary]
  - name: finance
    type: file
    config: { path: b.json }
    included_packages: [finance]
`);
    expect(
      config.manifests.map((m) => [m.isOptional, m.packageFilter]),
    ).toEqual([
      [
        true,
        { mode: "exclude", packages: ["dbt_project_evaluator", "elementary"] },
      ],
      [false, { mode: "include", packages: ["finance"] }],
    ]);
  });

  test.each([
    "dbt_cloud",
    "paradime",
    "gcs",
    "s3",
    "azure",
    "snowflake",
    "databricks",
  ])("type %s is read but marked unsupported, naming the type", (type) => {
    const [entry] = parse(`
manifests:
  - name: upstream
    type: ${type}
    config: { bucket_name: b, object_name: manifest.json }
`).manifests;
    expect(entry?.source).toEqual({
      kind: "unsupported",
      reason: expect.stringContaining(
        `type ${type} is not read by the catalog`,
      ) as string,
    });
  });

  test("a file path with another scheme is unsupported", () => {
    const [entry] = parse(`
manifests:
  - name: upstream
    type: file
    config: { path: "s3://bucket/manifest.json" }
`).manifests;
    expect(entry?.source.kind).toBe("unsupported");
  });

  test.each([
    {
      problem: "broken YAML",
      text: "manifests:\n  - name: a\n    type: file\n    config: {path: [x\n",
      expected: /^dbt_loom\.config\.yml:[45]: not valid YAML: /,
    },
    {
      problem: "a tab where YAML wants spaces",
      text: "manifests:\n  - name: a\n\ttype: file\n",
      expected: /^dbt_loom\.config\.yml:3: not valid YAML: /,
    },
    {
      problem: "no manifests list",
      text: "enable_telemetry: false\n",
      expected:
        "dbt_loom.config.yml:1: needs a `manifests:` list of upstream manifests",
    },
    {
      problem: "an unknown type",
      text: "manifests:\n  - name: a\n    type: ftp\n    config: {}\n",
      expected: /^dbt_loom\.config\.yml:3: manifests\[0\] \(a\)\.type: /,
    },
    {
      problem: "a missing name",
      text: "manifests:\n  - type: file\n    config: { path: x }\n  - type: file\n",
      expected: /^dbt_loom\.config\.yml:2: manifests\[0\]\.name: /,
    },
    {
      problem: "optional that is not a boolean",
      text: "manifests:\n  - name: a\n    type: file\n    config: { path: x }\n    optional: maybe\n",
      expected: /^dbt_loom\.config\.yml:5: manifests\[0\] \(a\)\.optional: /,
    },
    {
      problem: "both package lists",
      text: "manifests:\n  - name: a\n    type: file\n    config: { path: x }\n    excluded_packages: [p]\n    included_packages: [q]\n",
      expected:
        "dbt_loom.config.yml:2: manifests[0] (a): excluded_packages and included_packages cannot both be given (as in dbt-loom); use one",
    },
  ])("$problem is an error naming the line", ({ text, expected }) => {
    const message = errorOf(text);
    if (typeof expected === "string") expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});
