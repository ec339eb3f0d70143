/**
 * The small text files beside the artifacts: dbt_project.yml and
 * dbt-loom's dbt_loom.config.yml, in the formats those tools read.
 */
import { Document, stringify } from "yaml";
import type { ProjectSpec } from "../spec";

/** A minimal dbt_project.yml: name, version, profile and the folder configs the artifacts reflect. */
export function buildDbtProjectYml(spec: ProjectSpec): string {
  return stringify({
    name: spec.name,
    version: "1.0.0",
    profile: spec.name,
    "model-paths": ["models"],
    "seed-paths": ["seeds"],
    "snapshot-paths": ["snapshots"],
    models: {
      [spec.name]: {
        staging: {
          "+schema": "staging",
          "+materialized": "view",
          "+access": "private",
        },
        intermediate: { "+schema": "intermediate", "+access": "protected" },
        marts: { "+schema": "marts", "+materialized": "table" },
      },
    },
    seeds: { [spec.name]: { "+schema": "seeds" } },
  });
}

/**
 * dbt_loom.config.yml: mesh producers by relative path to their
 * target/manifest.json, outside manifests by URL.
 */
export function buildLoomConfig(spec: ProjectSpec): string | undefined {
  const loom = spec.loom;
  if (!loom) return undefined;
  const manifests = [
    ...loom.upstream.map((upstream) => ({
      name: upstream.project,
      type: "file",
      config: { path: `../${upstream.project}/target/manifest.json` },
      ...(upstream.excludedPackages?.length
        ? { excluded_packages: upstream.excludedPackages }
        : {}),
      ...(upstream.isOptional ? { optional: true } : {}),
    })),
    ...loom.external.map((external) => ({
      name: external.project,
      type: "file",
      config: { path: external.url },
      ...(external.isOptional ? { optional: true } : {}),
    })),
  ];
  const document = new Document({ manifests });
  document.commentBefore = ` dbt-loom: inject the public models of these projects so that\n two-argument refs such as ref('${loom.upstream[0]?.project ?? "platform"}', '...') resolve in ${spec.name}.`;
  return document.toString();
}
