/**
 * The catalog's stable, human-readable URLs. Models live under their name (the
 * latest version) and `/v<version>` for a specific version, as dbt writes
 * unique ids; every other resource lives under its unique id.
 */
import { DEFAULT_HOPS } from "@/lib/mesh/lineage/traverse";

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

/** A data product's status badge (SVG), for READMEs and dashboards: always its latest version. */
export function badgeUrl(project: string, name: string): string {
  return `${modelUrl(project, name)}/badge.svg`;
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

/**
 * A page's or layout's route params as text. Next decodes the params of route
 * handlers but hands pages and layouts theirs still percent-encoded, so a
 * model named `a<b` (linked as `a%3Cb`) was looked up as `a%3Cb` and not found.
 */
export async function decodeParams<T extends Record<string, string>>(
  params: Promise<T>,
): Promise<T> {
  const raw = await params;
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, decodeSegment(value)]),
  ) as T;
}

/**
 * Whether every percent-escape in a URL path decodes to UTF-8 text. `%ZZ`,
 * a lone `%E2%82` or an overlong `%C0%AF` do not, and Next cannot match such
 * a path against a dynamic route.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a URL carries a NUL byte, raw or escaped (%00), in its path or
 * query: no name, id or facet value in the catalog holds one, and Postgres
 * refuses it in text, so such a request is answered before any query.
 */
export function hasNulByte(url: string): boolean {
  return url.includes("\0") || /%00/.test(url);
}

/** What a lineage URL says besides its focus; defaults are left out of the URL. */
export type LineageQuery = {
  /** Hops upstream and downstream; `Infinity` for the full lineage. */
  up?: number;
  down?: number;
  /** Resource types shown; null or absent for the default (all but tests and macros). */
  types?: readonly string[] | null;
};

/** Hops as a URL says them: a number, or `full` for the whole lineage. */
export function formatHops(hops: number): string {
  return Number.isFinite(hops) ? String(hops) : "full";
}

/** The mesh map: every project and the dependencies between them. */
export function meshMapUrl(): string {
  return "/mesh";
}

/**
 * The lineage view of a node: its project and unique id in the path (the
 * focus), hops and types in the query, so that a shared link keeps them.
 */
export function lineageUrl(
  project: string,
  uniqueId: string,
  query: LineageQuery = {},
): string {
  const base = `${projectUrl(project)}/lineage/${encodeURIComponent(uniqueId)}`;
  const params = new URLSearchParams();
  if (query.up !== undefined && query.up !== DEFAULT_HOPS)
    params.set("up", formatHops(query.up));
  if (query.down !== undefined && query.down !== DEFAULT_HOPS)
    params.set("down", formatHops(query.down));
  if (query.types && query.types.length > 0)
    params.set("types", query.types.join(","));
  const search = params.toString();
  return search === "" ? base : `${base}?${search}`;
}

/** What depends on a node, across every project. */
export function impactUrl(project: string, uniqueId: string): string {
  return `${projectUrl(project)}/impact/${encodeURIComponent(uniqueId)}`;
}

/** The impact report of a node as a download, from the API. */
export function impactDownloadUrl(
  project: string,
  uniqueId: string,
  format: "csv" | "json",
): string {
  const params = new URLSearchParams({ project, format });
  return `/api/v1/impact/${encodeURIComponent(uniqueId)}?${params.toString()}`;
}

/**
 * Reads the `/v<version>` segment of a model URL, already decoded (see
 * decodeParams); null when it is not one.
 */
export function parseVersionSegment(segment: string): string | null {
  const match = /^v(.+)$/.exec(segment);
  return match?.[1] ?? null;
}

/** The change feed of the mesh, or of one project; `breaking` keeps the breaking changes only. */
export function changesUrl(
  project?: string,
  options: { isBreaking?: boolean; page?: number } = {},
): string {
  const base = project ? `${projectUrl(project)}/changes` : "/changes";
  const query = new URLSearchParams();
  if (options.isBreaking) query.set("breaking", "true");
  if (options.page && options.page > 1) query.set("page", String(options.page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** The Atom feed of the mesh's changes, or of one project's. */
export function changesFeedUrl(project?: string): string {
  return project ? `${projectUrl(project)}/changes.atom` : "/changes.atom";
}

/** The governance checks of the mesh, or of one project. */
export function governanceUrl(project?: string): string {
  return project === undefined
    ? "/governance"
    : `${projectUrl(project)}/governance`;
}

/** A data product as an Open Data Product Standard document, from the API. */
export function odpsUrl(
  project: string,
  uniqueId: string,
  format: "yaml" | "json",
): string {
  const params = new URLSearchParams({ project, format });
  return `/api/v1/products/${encodeURIComponent(uniqueId)}/odps?${params.toString()}`;
}

/** A model as an Open Data Contract Standard document, from the API. */
export function odcsUrl(
  project: string,
  uniqueId: string,
  format: "yaml" | "json",
): string {
  const params = new URLSearchParams({ project, format });
  return `/api/v1/models/${encodeURIComponent(uniqueId)}/odcs?${params.toString()}`;
}

/** Where a project's browser stands: a folder, or a database and schema. */
export type BrowsePlace =
  | { by: "folder"; folder: string }
  | { by: "relation"; database: string | null; schema: string | null };

/** A project's nodes as a tree: by folder, or by database and schema. */
export function browseUrl(project: string, place: BrowsePlace): string {
  const params = new URLSearchParams();
  if (place.by === "folder") {
    if (place.folder !== "") params.set("folder", place.folder);
  } else {
    params.set("by", "relation");
    if (place.database !== null) params.set("database", place.database);
    if (place.schema !== null) params.set("schema", place.schema);
  }
  const query = params.toString();
  return `${projectUrl(project)}/browse${query === "" ? "" : `?${query}`}`;
}
