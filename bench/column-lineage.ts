/**
 * Column lineage on the real fixtures with compiled SQL: the share of model
 * columns traced to an upstream column, the time of a full derivation, and
 * of an incremental one where 1% of the models' SQL changed (the others
 * skipped by their input hash, as after an ingest).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArtifactSet } from "@/lib/artifacts/parse";
import { summarizeCoverage } from "@/lib/column-lineage/coverage";
import { deriveColumnLineage } from "@/lib/column-lineage/derive";
import { toSqlDialect } from "@/lib/column-lineage/dialect";
import { listModelInputs } from "@/lib/column-lineage/from-artifacts";
import { hashModelInput } from "@/lib/column-lineage/input-hash";
import type { ModelSqlInput } from "@/lib/column-lineage/types";
import { findRootPackage } from "@/lib/mesh/project-identity";

const FIXTURES = path.resolve(
  import.meta.dirname,
  "../../shared/fixtures/real",
);
const DIRS = [
  "c24-workshops-sales",
  "dbt-docs",
  "salary-survey-dbt-docs",
  "dbterd/jaffle-shop-v1.11",
  "dbt-bouncer/dbt_112",
  "dbterd/dbt-constraints",
  "dbterd/dbtresto",
  "tuva",
];

function readInputs(dir: string) {
  const read = (name: string) => {
    const file = path.join(FIXTURES, dir, name);
    return fs.existsSync(file)
      ? { file, bytes: fs.readFileSync(file) }
      : undefined;
  };
  const manifest = read("manifest.json");
  if (!manifest) throw new Error(`${dir} has no manifest.json`);
  const catalog = read("catalog.json");
  const set = parseArtifactSet({ manifest, ...(catalog ? { catalog } : {}) });
  const project =
    set.manifest.metadata.projectName ?? findRootPackage(set.manifest) ?? dir;
  return {
    project,
    dialect: toSqlDialect(set.manifest.metadata.adapterType),
    inputs: listModelInputs(project, set),
  };
}

/** One model in a hundred (at least one) with edited SQL, as a small pull request would. */
function changeOnePercent(inputs: ModelSqlInput[]): ModelSqlInput[] {
  const count = Math.max(1, Math.round(inputs.length / 100));
  const stride = Math.max(1, Math.floor(inputs.length / count));
  return inputs.map((input, i) =>
    i % stride === 0 && i / stride < count
      ? { ...input, compiledCode: `${input.compiledCode}\n-- edited` }
      : input,
  );
}

export async function benchColumnLineage(): Promise<string> {
  const rows: string[] = [];
  for (const dir of DIRS) {
    const { project, dialect, inputs } = readInputs(dir);
    const started = performance.now();
    const results = inputs.map((input) => ({
      lineage: deriveColumnLineage(input),
    }));
    const fullMs = performance.now() - started;
    const stored = new Map(
      inputs.map((input) => [input.uniqueId, hashModelInput(input)]),
    );
    const edited = changeOnePercent(inputs);
    const incrementalStarted = performance.now();
    const changed = edited.filter(
      (input) => stored.get(input.uniqueId) !== hashModelInput(input),
    );
    for (const input of changed) deriveColumnLineage(input);
    const incrementalMs = performance.now() - incrementalStarted;
    const c = summarizeCoverage(results);
    rows.push(
      `| ${dir} | ${project} | ${dialect} | ${c.models} | ${c.parseErrors} | ${c.unknownColumns} | ${c.columnsWithLineage}/${c.columns} (${(100 * c.share).toFixed(1)}%) | ${(fullMs / 1000).toFixed(1)} s | ${c.columns === 0 ? "–" : (fullMs / c.columns).toFixed(1)} ms | ${changed.length} | ${incrementalMs.toFixed(0)} ms |`,
    );
  }
  await Promise.resolve();
  return [
    "Each real fixture with compiled SQL, derived on one thread (`npm run bench -- column-lineage`).",
    "Share: output columns of the models that parsed with at least one upstream column. Incremental: 1% of the models' SQL edited, the rest skipped by their input hash.",
    "",
    "| fixture | project | dialect | models | parse errors | `select *` over unknown columns | columns with lineage | full run | per column | changed | incremental |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
