import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { getProjectScoreboard } from "./scoreboard";

beforeAll(async () => {
  await useTestDatabase();
  // The consumer's ingest judges the producer's "in use" again: its scores
  // change after its own last ingest (history rows with cause "consumers").
  await ingest(readFixtureDir("astronomer-cosmos/cross_project_upstream"));
  await ingest(readFixtureDir("astronomer-cosmos/cross_project_downstream"));
});
afterAll(closeDb);

test("the scoreboard's average and its trend's last point are the same figure, after another project re-judged its products", async () => {
  const board = await getProjectScoreboard("upstream");
  if (!board) throw new Error("upstream was ingested");
  const scores = board.products.map((p) => p.score);
  const mean = Math.round(scores.reduce((s, n) => s + n, 0) / scores.length);
  expect(board.averageScore).toBe(mean);
  expect(board.trend.at(-1)).toMatchObject({
    averageScore: mean,
    products: scores.length,
  });
  // The ingest's own point stays, before the consumers' re-judging.
  expect(board.trend).toHaveLength(2);
  expect(board.trend[0]?.averageScore).toBeLessThan(mean);
});
