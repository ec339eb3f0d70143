import { hasTrait } from "@/lib/artifacts/resource-types";
import type { NodeRecord, RefRecord } from "@/lib/artifacts/types";

/**
 * A dependency of a stored node. `parentProject` names the project expected to
 * hold the parent: this project for local edges, the producer for
 * cross-project refs. `isLocal` says the parent is in this same snapshot.
 */
export type EdgeRecord = {
  childUniqueId: string;
  parentUniqueId: string;
  parentProject: string;
  parentName: string;
  parentResourceType: string;
  /** Pinned version of a cross-project ref; null when unpinned (follows the latest) or unversioned. */
  parentVersion: string | null;
  isCrossProject: boolean;
  isLocal: boolean;
};

/**
 * An upstream node that dbt-loom or dbt Cloud copied into this manifest: it
 * belongs to another package and has no file of its own. It is never stored as
 * a node of this project; edges to it point at the producer project instead.
 */
export function isInjectedNode(node: NodeRecord, rootPackage: string): boolean {
  return (
    node.packageName !== rootPackage && !node.path && !node.originalFilePath
  );
}

type EdgeContext = {
  projectName: string;
  localById: Map<string, NodeRecord>;
  injectedById: Map<string, NodeRecord>;
  /** Packages installed in this project (their nodes are local, not other projects'). */
  localPackages: Set<string>;
};

/** Derives the edges of every local node from its `depends_on`, one per distinct parent. */
export function deriveEdges(
  nodes: NodeRecord[],
  context: EdgeContext,
): EdgeRecord[] {
  const edges: EdgeRecord[] = [];
  for (const child of nodes) {
    for (const parentId of new Set(child.dependsOn))
      edges.push(deriveEdge(child, parentId, context));
  }
  return edges;
}

function deriveEdge(
  child: NodeRecord,
  parentId: string,
  context: EdgeContext,
): EdgeRecord {
  const childUniqueId = child.uniqueId;
  const parentUniqueId = parentId;
  const local = context.localById.get(parentId);
  if (local) {
    return {
      childUniqueId,
      parentUniqueId,
      parentProject: context.projectName,
      parentName: local.name,
      parentResourceType: local.resourceType,
      parentVersion: null,
      isCrossProject: false,
      isLocal: true,
    };
  }
  const injected = context.injectedById.get(parentId);
  if (injected) {
    return {
      childUniqueId,
      parentUniqueId,
      parentProject: injected.packageName,
      parentName: injected.name,
      parentResourceType: injected.resourceType,
      parentVersion: pinnedVersion(
        child.refs,
        injected.packageName,
        injected.name,
        injected.version,
        injected.latestVersion,
      ),
      isCrossProject: true,
      isLocal: false,
    };
  }
  const parsed = parseUniqueId(parentId);
  const isOtherProject =
    parsed.packageName !== context.projectName &&
    !context.localPackages.has(parsed.packageName);
  if (isOtherProject && hasTrait(parsed.resourceType, "isReferable")) {
    return {
      childUniqueId,
      parentUniqueId,
      parentProject: parsed.packageName,
      parentName: parsed.name,
      parentResourceType: parsed.resourceType,
      parentVersion: pinnedVersion(
        child.refs,
        parsed.packageName,
        parsed.name,
        parsed.version,
        null,
      ),
      isCrossProject: true,
      isLocal: false,
    };
  }
  // A local parent missing from the manifest (disabled, or a partial parse): kept as unresolved.
  return {
    childUniqueId,
    parentUniqueId,
    parentProject: context.projectName,
    parentName: parsed.name,
    parentResourceType: parsed.resourceType,
    parentVersion: null,
    isCrossProject: false,
    isLocal: false,
  };
}

/**
 * The version a cross-project ref pins, or null when it follows the producer's
 * latest version. A ref naming the version explicitly pins it; without refs to
 * go by, a copy of a version other than the latest counts as pinned.
 */
function pinnedVersion(
  refs: RefRecord[],
  packageName: string,
  name: string,
  version: string | null,
  latestVersion: string | null,
): string | null {
  if (version === null) return null;
  const matching = refs.filter(
    (r) => r.name === name && (r.package === null || r.package === packageName),
  );
  if (matching.some((r) => r.version === version)) return version;
  if (matching.some((r) => r.version === null)) return null;
  return latestVersion !== null && version !== latestVersion ? version : null;
}

type ParsedUniqueId = {
  resourceType: string;
  packageName: string;
  name: string;
  version: string | null;
};

/** Splits `model.pkg.name` or `model.pkg.name.v2` (and `source.pkg.src.table`). */
export function parseUniqueId(uniqueId: string): ParsedUniqueId {
  const [resourceType = "", packageName = "", ...rest] = uniqueId.split(".");
  const last = rest.at(-1);
  const versionMatch =
    rest.length > 1 && last !== undefined ? /^v(\w+)$/.exec(last) : null;
  if (versionMatch?.[1] !== undefined && resourceType === "model") {
    return {
      resourceType,
      packageName,
      name: rest.slice(0, -1).join("."),
      version: versionMatch[1],
    };
  }
  return { resourceType, packageName, name: rest.join("."), version: null };
}
