import "server-only";
import { detailsFieldSql } from "../details-sql";
import { isCurrentVersionSql } from "../ref-resolution-sql";
import { NODE_COLUMNS } from "./lineage-nodes";

/*
 * The statements behind the star-schema loader. $1 is always a bigint[] of
 * node ids; $2 the resource types a star can hold.
 */

/** Tests that can declare a join; their parents name the joined table. */
export const JOIN_TEST_NAMES = [
  "relationships",
  "relationships_where",
  "foreign_key",
];

const TEST_COLUMNS = `t.node_id::text AS id, tp.name || ':' || tn.unique_id AS key,
  t.test_name, t.test_namespace, t.kwargs, t.column_name, t.attached_node_id::text AS attached_id`;

/** Tests on the tables, and join tests on other tables that depend on them. */
export const TESTS_AROUND_SQL = `
  SELECT ${TEST_COLUMNS}
  FROM tests t JOIN nodes tn ON tn.id = t.node_id JOIN projects tp ON tp.id = tn.project_id
  WHERE t.attached_node_id = ANY($1::bigint[])
  UNION
  SELECT ${TEST_COLUMNS}
  FROM edges e
  JOIN tests t ON t.node_id = e.child_id
  JOIN nodes tn ON tn.id = t.node_id JOIN projects tp ON tp.id = tn.project_id
  WHERE e.parent_id = ANY($1::bigint[]) AND t.test_name = ANY($2::text[])`;

/** Parents of nodes (tables' parents, join tests' parents), stored or unresolved. */
export const PARENTS_SQL = `
  SELECT e.child_id::text AS of_id, e.parent_id::text AS id,
         coalesce(p.name, e.parent_project) AS project,
         coalesce(n.unique_id, e.parent_unique_id) AS unique_id,
         coalesce(n.name, e.parent_name) AS name,
         coalesce(n.resource_type, e.parent_resource_type) AS resource_type,
         coalesce(n.version, e.parent_version) AS version
  FROM edges e
  LEFT JOIN nodes n ON n.id = e.parent_id
  LEFT JOIN projects p ON p.id = n.project_id
  WHERE e.child_id = ANY($1::bigint[])`;

/**
 * Children that declare a foreign key somewhere: since dbt 1.9 a
 * `foreign_key` constraint's `to` is a ref, so the referencing model is a
 * child of the table it references.
 */
export const FK_CHILDREN_SQL = `
  SELECT DISTINCT n.id::text AS id
  FROM edges e JOIN nodes n ON n.id = e.child_id
  WHERE e.parent_id = ANY($1::bigint[]) AND n.resource_type = ANY($2::text[])
    AND (n.constraints @> '[{"type": "foreign_key"}]'
         OR EXISTS (SELECT 1 FROM columns c
                    WHERE c.node_id = n.id AND c.constraints @> '[{"type": "foreign_key"}]'))`;

/**
 * Semantic models of the tables' projects, with the table each is defined
 * on: its parent, or (for those only semantic_manifest.json describes, which
 * have no edges) the model its `model: ref('...')` names.
 */
export const SEMANTIC_MODELS_SQL = `
  SELECT sm.id::text AS id, p.name || ':' || sm.unique_id AS key, p.name AS project, sm.name, sm.details,
         coalesce(
           (SELECT e.parent_id::text FROM edges e JOIN nodes m ON m.id = e.parent_id
            WHERE e.child_id = sm.id AND m.resource_type = ANY($2::text[]) LIMIT 1),
           (SELECT m.id::text FROM nodes m
            WHERE m.project_id = sm.project_id AND m.resource_type = 'model'
              AND m.name = substring(${detailsFieldSql("sm", "semantic_model", "model")} from $re$ref\\(\\s*['"]([^'"]+)['"]$re$)
              AND (${isCurrentVersionSql("m")})
            LIMIT 1)
         ) AS table_id
  FROM nodes sm JOIN projects p ON p.id = sm.project_id
  WHERE sm.resource_type = 'semantic_model'
    AND sm.project_id IN (SELECT project_id FROM nodes WHERE id = ANY($1::bigint[]))
  ORDER BY sm.id
  LIMIT 1000`;

export const TABLES_SQL = `
  SELECT ${NODE_COLUMNS}, n.relation_name, n.constraints
  FROM nodes n JOIN projects p ON p.id = n.project_id
  WHERE n.id = ANY($1::bigint[])`;

export const COLUMNS_SQL = `
  SELECT c.node_id::text AS node_id, c.name, coalesce(c.data_type, c.catalog_type) AS data_type,
         c.description, c.constraints
  FROM columns c
  WHERE c.node_id = ANY($1::bigint[])
  ORDER BY c.node_id, c.position`;
