import "server-only";
import { toNodeKey } from "@/lib/mesh/lineage/graph";
import { STAR_TABLE_TYPES } from "@/lib/mesh/star/types";
import { buildStar, hasOwnRelationships } from "@/lib/mesh/star/star";
import type { Star, StarInputs, TestParent } from "@/lib/mesh/star/types";
import { findFocus, type FocusLookup } from "./lineage-nodes";
import {
  COLUMNS_SQL,
  FK_CHILDREN_SQL,
  JOIN_TEST_NAMES,
  PARENTS_SQL,
  SEMANTIC_MODELS_SQL,
  TABLES_SQL,
  TESTS_AROUND_SQL,
} from "./lineage-star-sql";
import {
  groupRows,
  selectEntityPartners,
  toExternalTable,
  readSemanticEntities,
  toStarTable,
  toTestInput,
  toTestParent,
  type ColumnRow,
  type ParentRow,
  type SemanticRow,
  type TableRow,
  type TestRow,
} from "./lineage-star-rows";
import { readSnapshot, type Reader } from "./read";

/** Tables loaded at most for one star (a dimension joined by hundreds of facts shows the first ones). */
export const STAR_TABLE_CAP = 80;

export type StarResult =
  | { status: "found"; star: Star; isTruncated: boolean }
  | Exclude<FocusLookup, { status: "found" }>;

/**
 * The star a stored node belongs to (see `buildStar`): the inputs around the
 * node are loaded first; when it has no joins of its own, the inputs around
 * its parents are loaded too and the star it was built from is returned.
 */
export function getStar(request: {
  uniqueId: string;
  project: string | null;
}): Promise<StarResult> {
  return readSnapshot(async (db) => {
    const focus = await findFocus(db, request.uniqueId, request.project);
    if (focus.status !== "found") return focus;
    const key = toNodeKey(focus.node.project, focus.node.unique_id);
    const around = await loadStarInputs(db, [focus.node.id]);
    if (hasOwnRelationships(around.inputs, key))
      return {
        status: "found",
        star: buildStar(around.inputs, key),
        isTruncated: around.isTruncated,
      };
    const parents = around.parents.filter((p) =>
      STAR_TABLE_TYPES.includes(p.resourceType),
    );
    const upstream = await loadStarInputs(db, [
      focus.node.id,
      ...parents.flatMap((p) => (p.id ? [p.id] : [])),
    ]);
    return {
      status: "found",
      star: buildStar(
        upstream.inputs,
        key,
        parents.map((p) => p.key),
      ),
      isTruncated: upstream.isTruncated,
    };
  });
}

type Loaded = {
  inputs: StarInputs;
  /** Parents of the first core table. */
  parents: (TestParent & { id: string | null })[];
  isTruncated: boolean;
};

/**
 * Everything a star around `core` needs: the core tables and the tables one
 * join away (join tests in either direction, foreign keys, shared semantic
 * entities, and the core's parents, which its own foreign keys name), with
 * their columns, constraints and tests. About ten statements, each bounded
 * by the ids it is given.
 */
async function loadStarInputs(db: Reader, core: string[]): Promise<Loaded> {
  const types = [...STAR_TABLE_TYPES];
  const tests = new Map<string, TestRow>();
  const addTests = async (ids: string[]) => {
    const rows = await db.$queryRawUnsafe<TestRow[]>(
      TESTS_AROUND_SQL,
      ids,
      JOIN_TEST_NAMES,
    );
    for (const row of rows) tests.set(row.id, row);
  };
  await addTests(core);
  const coreParents = await db.$queryRawUnsafe<ParentRow[]>(PARENTS_SQL, core);
  const fkChildren = await db.$queryRawUnsafe<{ id: string }[]>(
    FK_CHILDREN_SQL,
    core,
    types,
  );
  const semantic = selectEntityPartners(
    await db.$queryRawUnsafe<SemanticRow[]>(SEMANTIC_MODELS_SQL, core, types),
    new Set(core),
  );
  const candidates = new Set<string>(core);
  const consider = (id: string | null, type = "model") => {
    if (id && STAR_TABLE_TYPES.includes(type)) candidates.add(id);
  };
  coreParents.forEach((p) => consider(p.id, p.resource_type));
  fkChildren.forEach((c) => consider(c.id));
  semantic.forEach((s) => consider(s.table_id));
  tests.forEach((t) => consider(t.attached_id));
  (await loadTestParents(db, tests)).forEach((p) =>
    consider(p.id, p.resource_type),
  );
  const ids = [...candidates].slice(0, STAR_TABLE_CAP);
  await addTests(ids.filter((id) => !core.includes(id)));
  const testParents = await loadTestParents(db, tests);
  const tables = await db.$queryRawUnsafe<TableRow[]>(TABLES_SQL, ids);
  const columns = groupRows(
    await db.$queryRawUnsafe<ColumnRow[]>(COLUMNS_SQL, ids),
    (c) => c.node_id,
  );
  const keyOfId = new Map(
    tables.map((t) => [t.id, toNodeKey(t.project, t.unique_id)]),
  );
  const externals = [...coreParents, ...testParents].filter(
    (p) => p.id === null && STAR_TABLE_TYPES.includes(p.resource_type),
  );
  const parentsOf = groupRows(testParents, (p) => p.of_id);
  return {
    inputs: {
      tables: [
        ...tables.map((t) => toStarTable(t, columns.get(t.id) ?? [])),
        ...externals.map(toExternalTable),
      ],
      tests: [...tests.values()].map((t) => toTestInput(t, keyOfId, parentsOf)),
      semanticModels: semantic.map((s) => ({
        key: s.key,
        project: s.project,
        name: s.name,
        tableKey: s.table_id ? (keyOfId.get(s.table_id) ?? null) : null,
        entities: readSemanticEntities(s),
      })),
    },
    parents: coreParents
      .filter((p) => p.of_id === core[0])
      .map((p) => ({ ...toTestParent(p), id: p.id })),
    isTruncated: candidates.size > ids.length,
  };
}

/** Parents of the join tests, which tell the table each test's `to` names. */
async function loadTestParents(
  db: Reader,
  tests: ReadonlyMap<string, TestRow>,
): Promise<ParentRow[]> {
  const ids = [...tests.values()]
    .filter(
      (t) => t.test_name !== null && JOIN_TEST_NAMES.includes(t.test_name),
    )
    .map((t) => t.id);
  if (ids.length === 0) return [];
  return db.$queryRawUnsafe<ParentRow[]>(PARENTS_SQL, ids);
}
