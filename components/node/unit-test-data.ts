import { z } from "zod";
import { text } from "./data-common";

const rowsSchema = z
  .array(z.record(z.string(), z.unknown()))
  .nullish()
  .catch(null);
const fixtureSchema = z.object({
  input: text,
  rows: z.unknown(),
  format: text,
  fixture: text,
});

export type UnitTestFixture = {
  input: string | null;
  format: string | null;
  /** Rows given inline as dicts; null for csv/sql fixtures, shown as text instead. */
  rows: Record<string, unknown>[] | null;
  text: string | null;
};

export type UnitTestData = {
  model: string | null;
  given: UnitTestFixture[];
  expect: UnitTestFixture | null;
};

function readFixture(value: unknown): UnitTestFixture | null {
  const parsed = fixtureSchema.safeParse(value);
  if (!parsed.success) return null;
  const rows = rowsSchema.parse(parsed.data.rows) ?? null;
  const raw = parsed.data.rows;
  return {
    input: parsed.data.input ?? null,
    format: parsed.data.format ?? null,
    rows,
    text:
      rows === null
        ? typeof raw === "string"
          ? raw
          : (parsed.data.fixture ?? null)
        : null,
  };
}

/** A unit test's model, its given inputs and the rows it expects. */
export function readUnitTestData(data: Record<string, unknown>): UnitTestData {
  return {
    model: text.parse(data.model) ?? null,
    given: Array.isArray(data.given)
      ? data.given.flatMap((g) => {
          const fixture = readFixture(g);
          return fixture ? [fixture] : [];
        })
      : [],
    expect: readFixture(data.expect),
  };
}
