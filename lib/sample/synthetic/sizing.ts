/**
 * How many columns and how much prose a synthetic model needs so that the
 * manifest averages `bytesPerNode` per node once serialized. The constants
 * were measured on generated output; synthetic.test.ts checks the result.
 */
/** Serialized bytes of a model node without columns or description. */
const MODEL_BASE_BYTES = 2_650;
/** Serialized bytes one column adds: its entry, plus its line in raw and compiled SQL. */
const COLUMN_BYTES = 360;
/** Serialized bytes of a generic test node. */
const TEST_BYTES = 2_165;
/** Manifest bytes per node outside the nodes section (sources, parent and child maps). */
const NODE_OVERHEAD_BYTES = 460;
/** Generic tests per model in the synthetic layout (keys of staging and marts get two). */
const TESTS_PER_MODEL = 1.5;

/** The smallest average a manifest of tested models reaches (three columns, short text). */
export const MIN_BYTES_PER_NODE = 3_400;

export type ModelSizing = {
  columns: number;
  descriptionLength: number;
  columnDescriptionLength: number;
};

export function sizeModels(bytesPerNode: number): ModelSizing {
  // Tests are smaller than the average, so models carry the difference.
  const perModel =
    (bytesPerNode - NODE_OVERHEAD_BYTES) * (1 + TESTS_PER_MODEL) -
    TEST_BYTES * TESTS_PER_MODEL;
  const descriptionLength = Math.min(
    2_000,
    Math.max(80, Math.round(perModel * 0.06)),
  );
  const columns = Math.max(
    3,
    Math.round(
      (perModel - MODEL_BASE_BYTES - descriptionLength) / COLUMN_BYTES,
    ),
  );
  return { columns, descriptionLength, columnDescriptionLength: 90 };
}
