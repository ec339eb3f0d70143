/**
 * `npm run bench [-- section...]`: runs the benchmarks and rewrites their
 * sections of BENCHMARKS.md (each between its own markers), so that figures
 * always come with the machine and the command that produced them.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchIngest } from "./ingest";
import { benchDiff } from "./diff";
import { releaseLargeMesh } from "./large-mesh";
import {
  benchLineageCollapse,
  benchLineageView,
  benchMeshMap,
  releaseLineageApp,
} from "./lineage-browser";
import { benchMcp } from "./mcp";
import { benchPulls } from "./pulls";
import { benchGovernance } from "./governance";
import { benchPages } from "./pages";
import { benchSearch } from "./search";
import { benchHostileLoad } from "./hostile-load";
import { benchColumnLineage } from "./column-lineage";
import { benchLineageQueries } from "./lineage-section";
import { describeMachine } from "./machine";
import {
  parseCommandLine,
  readCommandLineOrExit,
  UsageError,
} from "@/lib/cli/command-line";

type Section = {
  id: string;
  title: string;
  run: (workDir: string) => Promise<string>;
};

const SECTIONS: Section[] = [
  { id: "ingest", title: "Ingestion", run: benchIngest },
  { id: "diff", title: "Breaking-change diff", run: benchDiff },
  { id: "pages", title: "Product pages", run: benchPages },
  { id: "search", title: "Search", run: benchSearch },
  { id: "mcp", title: "MCP tools", run: benchMcp },
  { id: "governance", title: "Governance checks", run: benchGovernance },
  { id: "pulls", title: "Pulling sources", run: benchPulls },
  { id: "lineage-queries", title: "Lineage queries", run: benchLineageQueries },
  {
    id: "column-lineage",
    title: "Column lineage on the real fixtures",
    run: benchColumnLineage,
  },
  // After "pages": these add the lineage shapes' projects to the shared mesh.
  {
    id: "lineage-view",
    title: "Lineage view in Chromium",
    run: benchLineageView,
  },
  { id: "mesh-map", title: "Mesh map in Chromium", run: benchMeshMap },
  {
    id: "lineage-collapse",
    title: "A 5k-node neighbourhood in Chromium",
    run: benchLineageCollapse,
  },
  // Last: its upload replaces one of the shared mesh's projects.
  {
    id: "hostile-load",
    title: "Readers under hostile load",
    run: benchHostileLoad,
  },
];

const FILE = "BENCHMARKS.md";

const USAGE = `Usage: npm run bench [-- SECTION...]

Runs the benchmarks (all sections by default, about five minutes here) and
rewrites their sections of BENCHMARKS.md.

Sections: ${SECTIONS.map((s) => s.id).join(", ")}
`;

const chosen = readCommandLineOrExit(USAGE, () => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" } },
  });
  if (values.help) return "help";
  const unknown = positionals.filter(
    (id) => !SECTIONS.some((s) => s.id === id),
  );
  if (unknown.length > 0)
    throw new UsageError(`unknown section ${unknown.join(", ")}`);
  return positionals.length === 0
    ? SECTIONS
    : SECTIONS.filter((s) => positionals.includes(s.id));
});

let document = await fs.readFile(FILE, "utf8").catch(() => "# Benchmarks\n");
try {
  for (const section of chosen) {
    const workDir = await fs.mkdtemp(
      path.join(os.tmpdir(), `bench-${section.id}-`),
    );
    const machine = describeMachine();
    console.error(`bench ${section.id}: running in ${workDir}…`);
    try {
      const body = await section.run(workDir);
      const stamped = [
        `## ${section.title}`,
        "",
        `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- ${section.id}\` on ${machine}.`,
        "",
        body,
      ].join("\n");
      document = replaceSection(document, section.id, stamped);
      console.log(stamped + "\n");
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  }
} finally {
  // A failed section must leave no app server or cluster running.
  await releaseLineageApp();
  await releaseLargeMesh();
}
await fs.writeFile(FILE, document);
process.exit(0);

function replaceSection(doc: string, id: string, content: string): string {
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const block = `${start}\n${content}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from)
    return doc.slice(0, from) + block + doc.slice(to + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
