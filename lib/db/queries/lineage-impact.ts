import "server-only";
import { readStoredDetailsOf } from "@/lib/artifacts/details/stored";
import { buildAdjacency, type LineageNode } from "@/lib/mesh/lineage/graph";
import { analyzeImpact, type ImpactReport } from "@/lib/mesh/lineage/impact";
import { resolveOwner, type Owner } from "@/lib/mesh/lineage/owner";
import {
  HIDDEN_BY_DEFAULT,
  type TypeFilter,
} from "@/lib/mesh/lineage/type-filter";
import { createAdmission } from "../admission";
import { findFocus, toLineageNode, type FocusLookup } from "./lineage-nodes";
import { loadLineage } from "./lineage-walk";
import { readSnapshot, type Reader } from "./read";

/** Downstream nodes loaded at most for one impact report. */
export const IMPACT_NODE_CAP = 50_000;

// One impact walk per core, a few waiting: each may hold 50,000 nodes.
const admitImpact = createAdmission({
  what: "impact reports",
  running: 2,
  waiting: 6,
  waitMs: 15_000,
});

export type ImpactRequest = {
  uniqueId: string;
  project: string | null;
  filter: TypeFilter;
  maxNodes?: number;
};

export type ImpactResult =
  | { status: "found"; focus: LineageNode; report: ImpactReport }
  | Exclude<FocusLookup, { status: "found" }>;

/**
 * What depends on a node, across all projects (see `analyzeImpact`). The walk
 * goes through every resource type except tests (leaves that would multiply
 * the rows), unless the filter asks for them; the filter decides what is
 * reported. Only a few run at once (BusyError past the queue).
 */
export function getImpact(request: ImpactRequest): Promise<ImpactResult> {
  return admitImpact(() => readImpact(request));
}

function readImpact(request: ImpactRequest): Promise<ImpactResult> {
  return readSnapshot(async (db) => {
    const focus = await findFocus(db, request.uniqueId, request.project);
    if (focus.status !== "found") return focus;
    const asked = request.filter.include ?? [];
    const loaded = await loadLineage(db, focus.node, {
      up: 0,
      down: Infinity,
      filter: {
        include: null,
        exclude: HIDDEN_BY_DEFAULT.filter((t) => !asked.includes(t)),
      },
      maxNodes: request.maxNodes ?? IMPACT_NODE_CAP,
    });
    const owners = await readOwners(db, loaded.idOf);
    const report = analyzeImpact(buildAdjacency(loaded.graph), loaded.focus, {
      filter: request.filter,
      owners,
      isTruncated: loaded.isTruncated,
    });
    return { status: "found", focus: toLineageNode(focus.node), report };
  });
}

/** The owner of each node (exposure owner, group owner, meta.owner), by the key `idOf` maps to its node id. */
export async function readOwners(
  db: Reader,
  idOf: ReadonlyMap<string, string>,
): Promise<Map<string, Owner>> {
  const keyOf = new Map([...idOf].map(([key, id]) => [id, key]));
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      exposure_details: unknown;
      meta_owner: unknown;
      owner_name: string | null;
      owner_email: string | null;
    }[]
  >(
    `SELECT n.id::text AS id,
            CASE WHEN n.resource_type = 'exposure' THEN n.details END AS exposure_details,
            n.meta->'owner' AS meta_owner, g.owner_name, g.owner_email
     FROM nodes n
     LEFT JOIN groups g ON g.project_id = n.project_id AND g.name = n.group_name
     WHERE n.id = ANY($1::bigint[])`,
    [...keyOf.keys()],
  );
  const owners = new Map<string, Owner>();
  for (const row of rows) {
    const owner = resolveOwner({
      exposureOwner: readStoredDetailsOf(row.exposure_details, "exposure")
        .owner,
      groupOwner: { name: row.owner_name, email: row.owner_email },
      metaOwner: row.meta_owner,
    });
    const key = keyOf.get(row.id);
    if (owner && key) owners.set(key, owner);
  }
  return owners;
}
