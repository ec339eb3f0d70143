import type { UnitTestDetails, UnitTestFixture } from "../node-details";
import { readText } from "./fields";

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * One `given` input or the `expect`: rows given as dicts are kept as rows;
 * csv and sql fixtures (a string, or a file the manifest only names) as text.
 */
function readFixture(value: unknown): UnitTestFixture | null {
  if (!isRow(value)) return null;
  const raw = value.rows;
  const rows = Array.isArray(raw) && raw.every(isRow) ? raw : null;
  return {
    input: readText(value.input),
    format: readText(value.format),
    rows,
    text: rows === null ? (readText(raw) ?? readText(value.fixture)) : null,
  };
}

/** A unit test's model, its given inputs and the rows it expects. */
export function readUnitTestDetails(
  raw: Record<string, unknown>,
): UnitTestDetails {
  const given = Array.isArray(raw.given) ? raw.given : [];
  return {
    model: readText(raw.model),
    given: given.flatMap((g) => {
      const fixture = readFixture(g);
      return fixture ? [fixture] : [];
    }),
    expect: readFixture(raw.expect),
  };
}
