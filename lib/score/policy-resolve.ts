import type { Policy, ProjectPolicy } from "./policy-types";

/**
 * The policy one project is scored by: the project's own section composed
 * onto the mesh-wide rules (or the mesh-wide rules alone), its enabled rules
 * only, and the exceptions that can apply to it.
 */
export function resolvePolicy(policy: Policy, project: string): ProjectPolicy {
  const section = policy.projects[project];
  const rules = (section?.rules ?? policy.rules).filter((r) => r.isEnabled);
  return {
    project,
    source: policy.source,
    products: policy.products,
    levels: policy.levels,
    rules,
    exceptions: [
      ...policy.exceptions.filter(
        (e) => e.project === null || e.project === project,
      ),
      ...(section?.exceptions ?? []),
    ],
  };
}
