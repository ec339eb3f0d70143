// Derives column lineage for every real fixture with compiled SQL and prints
// the share of model columns with lineage (npx tsx bench/column-lineage-fixtures.ts).
import fs from "node:fs";
import path from "node:path";
import { parseArtifactSet } from "@/lib/artifacts/parse";
import { deriveColumnLineage } from "@/lib/column-lineage/derive";
import { listModelInputs } from "@/lib/column-lineage/from-artifacts";
import { summarizeCoverage } from "@/lib/column-lineage/coverage";
import { findRootPackage } from "@/lib/mesh/project-identity";

const ROOT = path.resolve(process.argv[2] ?? "../shared/fixtures/real");
const read = (file: string) => ({ file, bytes: fs.readFileSync(file) });

for (const dir of process.argv.slice(3)) {
  const manifest = path.join(ROOT, dir, "manifest.json");
  const catalog = path.join(ROOT, dir, "catalog.json");
  const set = parseArtifactSet({
    manifest: read(manifest),
    ...(fs.existsSync(catalog) ? { catalog: read(catalog) } : {}),
  });
  const project =
    set.manifest.metadata.projectName ?? findRootPackage(set.manifest) ?? dir;
  const started = performance.now();
  const inputs = listModelInputs(project, set);
  const results = inputs.map((input) => ({
    uniqueId: input.uniqueId,
    lineage: deriveColumnLineage(input),
  }));
  const ms = performance.now() - started;
  const c = summarizeCoverage(results);
  console.log(
    `${dir}\t${project}\tmodels ${inputs.length}\tparse errors ${c.parseErrors}\tunknown columns ${c.unknownColumns}\tcolumns ${c.columnsWithLineage}/${c.columns}\t${(100 * c.share).toFixed(1)}%\t${ms.toFixed(0)} ms`,
  );
}
