/**
 * Exposures (the dashboards and apps that consume models) and groups (the
 * owners models belong to).
 */
import type { JsonObject } from "../serialize";
import type { ExposureSpec, GroupSpec } from "../spec";
import type { NodeContext } from "./node-context";
import { toRefArgs, unique } from "./node-context";

export const EXPOSURES_FOLDER = "marts";

export function buildExposure(
  exposure: ExposureSpec,
  context: NodeContext,
): JsonObject {
  const project = context.spec.name;
  const path = `${EXPOSURES_FOLDER}/_exposures.yml`;
  const meta = exposure.meta ?? {};
  const tags = exposure.tags ?? [];
  return {
    name: exposure.name,
    resource_type: "exposure",
    package_name: project,
    path,
    original_file_path: `models/${path}`,
    unique_id: `exposure.${project}.${exposure.name}`,
    fqn: [project, EXPOSURES_FOLDER, exposure.name],
    type: exposure.type,
    owner: { email: exposure.owner.email, name: exposure.owner.name },
    description: context.docs.render(exposure.description).text,
    label: exposure.label,
    maturity: exposure.maturity,
    meta,
    tags,
    config: { enabled: true, tags, meta },
    unrendered_config: {},
    url: exposure.url ?? null,
    depends_on: {
      macros: [],
      nodes: unique(
        exposure.dependsOn.map(
          (target) => context.resolver.ref(target).uniqueId,
        ),
      ),
    },
    refs: exposure.dependsOn.map(toRefArgs),
    sources: [],
    metrics: [],
    created_at: context.nextCreatedAt(),
  };
}

export function buildGroup(group: GroupSpec, project: string): JsonObject {
  return {
    name: group.name,
    resource_type: "group",
    package_name: project,
    path: "_groups.yml",
    original_file_path: "models/_groups.yml",
    unique_id: `group.${project}.${group.name}`,
    owner: { email: group.owner.email, name: group.owner.name },
    description: group.description ?? null,
    config: { meta: {} },
  };
}
