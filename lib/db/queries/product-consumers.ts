import "server-only";
import { detailsOfKind } from "@/lib/artifacts/node-details";
import { readStoredNodeDetails } from "@/lib/artifacts/details/stored";
import { CONSUMER_TYPES } from "@/lib/artifacts/resource-types";
import { compareCodePoints } from "@/lib/artifacts/code-point-order";
import { compareVersions } from "@/lib/artifacts/versions";
import { resolveOwner, type Owner } from "@/lib/mesh/lineage/owner";
import { inSequence, type Reader } from "./read";

/** A node that uses a product, with whom to tell before changing it. */
export type ConsumerView = {
  uniqueId: string;
  name: string;
  label: string | null;
  resourceType: string;
  project: string;
  version: string | null;
  access: string | null;
  groupName: string | null;
  /** An exposure's own owner, else its group's owner, else `meta.owner`. */
  owner: Owner | null;
  /** Exposures: dashboard, application, ml...; null for other nodes. */
  exposureType: string | null;
  /** Exposures: where it lives (untrusted, shown through ExternalLink). */
  url: string | null;
  /** The version of the product it reads (versioned products only). */
  usesVersion: string | null;
  /** The ref pins that version with `v=`; an unpinned ref follows the latest. */
  isPinned: boolean;
  /** 1 when it refs the product itself, more when it reads it through other nodes. */
  hops: number;
};

export type ProductConsumers = {
  /** Nodes of other projects that ref the product (any version), by project and name. */
  otherProjects: ConsumerView[];
  /** Dashboards, apps and other exposures downstream, in any project, nearest first. */
  exposures: ConsumerView[];
  /** Every direct consumer, its own project's included: who reads which version. */
  direct: ConsumerView[];
  /** Models and other nodes of its own project that ref it directly. */
  localCount: number;
  /** More exposures lie downstream than listed. */
  hasMoreExposures: boolean;
};

/** How far downstream exposures are looked for; further ones are the impact view's. */
export const EXPOSURE_HOPS = 6;
const EXPOSURE_LIMIT = 50;
const DIRECT_LIMIT = 500;

type ConsumerRow = {
  unique_id: string;
  name: string;
  label: string | null;
  resource_type: string;
  project: string;
  version: string | null;
  access: string | null;
  group_name: string | null;
  owner_name: string | null;
  owner_email: string | null;
  meta_owner: unknown;
  details: unknown;
  uses_version: string | null;
  parent_version: string | null;
  hops: number;
};

const CONSUMER_COLUMNS = `
  c.unique_id, c.name, c.label, c.resource_type, cp.name AS project, c.version, c.access,
  c.group_name, g.owner_name, g.owner_email, c.meta->'owner' AS meta_owner,
  CASE WHEN c.resource_type = 'exposure' THEN c.details END AS details`;

const DIRECT_SQL = `
  SELECT ${CONSUMER_COLUMNS}, p.version AS uses_version, e.parent_version, 1 AS hops
  FROM edges e
  JOIN nodes p ON p.id = e.parent_id
  JOIN nodes c ON c.id = e.child_id
  JOIN projects cp ON cp.id = c.project_id
  LEFT JOIN groups g ON g.project_id = c.project_id AND g.name = c.group_name
  WHERE e.parent_id = ANY($1::bigint[]) AND c.resource_type = ANY($2::text[])
  ORDER BY cp.name, c.name, c.version
  LIMIT ${DIRECT_LIMIT}`;

// Bounded like the upstream walk: (id, hops) pairs are unique.
const EXPOSURES_SQL = `
  WITH RECURSIVE down(id, hops) AS (
    SELECT unnest($1::bigint[]), 0
    UNION
    SELECT e.child_id, down.hops + 1
    FROM down
    JOIN edges e ON e.parent_id = down.id
    JOIN nodes n ON n.id = e.child_id
    WHERE down.hops < $3 AND n.resource_type = ANY($2::text[])),
  found AS (
    SELECT down.id, min(down.hops) AS hops FROM down
    JOIN nodes n ON n.id = down.id
    WHERE n.resource_type = 'exposure' GROUP BY down.id)
  SELECT ${CONSUMER_COLUMNS}, NULL AS uses_version, NULL AS parent_version, found.hops::int AS hops
  FROM found
  JOIN nodes c ON c.id = found.id
  JOIN projects cp ON cp.id = c.project_id
  LEFT JOIN groups g ON g.project_id = c.project_id AND g.name = c.group_name
  ORDER BY found.hops, cp.name, c.name
  LIMIT ${EXPOSURE_LIMIT + 1}`;

function toConsumer(row: ConsumerRow): ConsumerView {
  const exposure = detailsOfKind(
    readStoredNodeDetails(row.details, row.resource_type),
    "exposure",
  );
  return {
    uniqueId: row.unique_id,
    name: row.name,
    label: row.label,
    resourceType: row.resource_type,
    project: row.project,
    version: row.version,
    access: row.access,
    groupName: row.group_name,
    owner: resolveOwner({
      exposureOwner: exposure?.owner,
      groupOwner:
        row.owner_name || row.owner_email
          ? { name: row.owner_name, email: row.owner_email }
          : null,
      metaOwner: row.meta_owner,
    }),
    exposureType: exposure?.exposureType ?? null,
    url: exposure?.url ?? null,
    usesVersion: row.uses_version,
    isPinned: row.parent_version !== null,
    hops: row.hops,
  };
}

/**
 * Who uses a model, any of its versions: the nodes that ref it directly
 * (which version each reads, and whether it pins it), those of other
 * projects on their own, and the exposures downstream within
 * `EXPOSURE_HOPS` hops. Read in the caller's snapshot.
 */
export async function readProductConsumers(
  db: Reader,
  product: { project: string; versionIds: bigint[] },
): Promise<ProductConsumers> {
  const [directRows, exposureRows] = await inSequence(
    () =>
      db.$queryRawUnsafe<ConsumerRow[]>(
        DIRECT_SQL,
        product.versionIds,
        CONSUMER_TYPES,
      ),
    () =>
      db.$queryRawUnsafe<ConsumerRow[]>(
        EXPOSURES_SQL,
        product.versionIds,
        CONSUMER_TYPES,
        EXPOSURE_HOPS,
      ),
  );
  // The database orders versions as text; dbt's order puts v10 after v9.
  const direct = directRows
    .map(toConsumer)
    .sort(
      (a, b) =>
        compareCodePoints(a.project, b.project) ||
        compareCodePoints(a.name, b.name) ||
        compareVersions(a.version ?? "", b.version ?? ""),
    );
  const exposures = exposureRows.map(toConsumer);
  return {
    otherProjects: direct.filter(
      (c) => c.project !== product.project && c.resourceType !== "exposure",
    ),
    exposures: exposures.slice(0, EXPOSURE_LIMIT),
    direct,
    localCount: direct.filter(
      (c) => c.project === product.project && c.resourceType !== "exposure",
    ).length,
    hasMoreExposures: exposures.length > EXPOSURE_LIMIT,
  };
}
