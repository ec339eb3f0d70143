import "server-only";
import type pg from "pg";
import { CONSUMER_TYPES } from "@/lib/artifacts/resource-types";
import type { ConsumerRef } from "@/lib/score/types";
import { toSqlList } from "@/lib/mesh/sql-list";

type RefRow = {
  producer_id: number;
  product: string;
  project: string;
  unique_id: string;
  name: string;
  resource_type: string;
};

const SELECT_REFS = `
  SELECT pn.project_id AS producer_id, pn.unique_id AS product, cp.name AS project,
         cn.unique_id, cn.name, cn.resource_type
  FROM edges e
  JOIN nodes pn ON pn.id = e.parent_id
  JOIN nodes cn ON cn.id = e.child_id
  JOIN projects cp ON cp.id = e.project_id
  WHERE e.project_id <> pn.project_id AND pn.is_product
    AND cn.resource_type IN ${toSqlList(CONSUMER_TYPES)}`;

function groupRefs(rows: RefRow[]): Map<string, ConsumerRef[]> {
  const byProduct = new Map<string, ConsumerRef[]>();
  for (const row of rows) {
    const key = productKey(row.producer_id, row.product);
    const ref: ConsumerRef = {
      project: row.project,
      uniqueId: row.unique_id,
      name: row.name,
      resourceType: row.resource_type,
    };
    const list = byProduct.get(key);
    if (list) list.push(ref);
    else byProduct.set(key, [ref]);
  }
  return byProduct;
}

export function productKey(projectId: number, uniqueId: string): string {
  return `${projectId}\u0000${uniqueId}`;
}

/**
 * Other projects' nodes that ref a project's data products, by product
 * unique_id: the cross-project edges that resolved to its nodes, tests left
 * out (a test checks a product, it does not use it). Read inside the
 * ingest's transaction, after edges were resolved both ways.
 */
export async function readIncomingRefs(
  client: Pick<pg.PoolClient, "query">,
  projectId: number,
): Promise<Map<string, ConsumerRef[]>> {
  const result = await client.query<RefRow>(
    `${SELECT_REFS} AND pn.project_id = $1 ORDER BY cp.name, cn.name`,
    [projectId],
  );
  const grouped = groupRefs(result.rows);
  return new Map(
    [...grouped].map(([key, refs]) => [key.split("\u0000")[1] ?? "", refs]),
  );
}

/** The same for products of several projects, keyed by productKey(project id, unique_id). */
export async function readIncomingRefsOf(
  client: Pick<pg.PoolClient, "query">,
  products: { projectId: number; uniqueId: string }[],
): Promise<Map<string, ConsumerRef[]>> {
  if (products.length === 0) return new Map();
  const result = await client.query<RefRow>(
    `${SELECT_REFS} AND (pn.project_id, pn.unique_id) IN (SELECT * FROM unnest($1::int[], $2::text[]))
     ORDER BY cp.name, cn.name`,
    [products.map((p) => p.projectId), products.map((p) => p.uniqueId)],
  );
  return groupRefs(result.rows);
}
