/**
 * The catalog's stable, human-readable URLs. Models live under their name (the
 * latest version) and `/v<version>` for a specific version, as dbt writes
 * unique ids; every other resource lives under its unique id.
 */

type NodeRef = {
  project: string;
  uniqueId: string;
  resourceType: string;
  name: string;
  version?: string | null;
};

export function projectUrl(project: string): string {
  return `/projects/${encodeURIComponent(project)}`;
}

/** A project's maturity scoreboard. */
export function scoreboardUrl(project: string): string {
  return `${projectUrl(project)}/scoreboard`;
}

/** The products of one dbt group of a project. */
export function groupUrl(project: string, group: string): string {
  return `${projectUrl(project)}/groups/${encodeURIComponent(group)}`;
}

/** The products of an owner across the mesh: an email, or a name when there is none. */
export function ownerUrl(owner: string): string {
  return `/owners/${encodeURIComponent(owner)}`;
}

export function modelUrl(
  project: string,
  name: string,
  version?: string | null,
): string {
  const base = `${projectUrl(project)}/models/${encodeURIComponent(name)}`;
  return version ? `${base}/v${encodeURIComponent(version)}` : base;
}

/** The page of any stored node; a versioned model links to its own version. */
export function nodeUrl(node: NodeRef): string {
  if (node.resourceType === "model")
    return modelUrl(node.project, node.name, node.version);
  return `${projectUrl(node.project)}/nodes/${encodeURIComponent(node.uniqueId)}`;
}

/**
 * A dynamic route segment as text: Next hands segments over still
 * percent-encoded (`finance-analytics%40larkspur.example`). A segment that
 * is not valid percent-encoding is taken as written.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads the `/v<version>` segment of a model URL; null when it is not one. */
export function parseVersionSegment(segment: string): string | null {
  const match = /^v(.+)$/.exec(decodeURIComponent(segment));
  return match?.[1] ?? null;
}
