import type { ArtifactKind } from "@/lib/artifacts/types";
import { now } from "@/lib/clock";
import {
  generateSampleMesh,
  toDbtJson,
  type JsonObject,
  type SampleProject,
} from "@/lib/sample";
import {
  ingestProject,
  type IngestReport,
  type RawArtifact,
} from "./ingest-project";

const FILES: Record<ArtifactKind, keyof SampleProject["files"]> = {
  manifest: "manifest",
  catalog: "catalog",
  run_results: "runResults",
  sources: "sources",
  semantic_manifest: "semanticManifest",
};

/** A generated project's files as the artifacts an upload of its `target/` would carry. */
export function toSampleArtifacts(
  project: SampleProject,
): Partial<Record<ArtifactKind, RawArtifact>> {
  const artifacts: Partial<Record<ArtifactKind, RawArtifact>> = {};
  for (const [kind, key] of Object.entries(FILES) as [
    ArtifactKind,
    keyof SampleProject["files"],
  ][]) {
    const content = project.files[key];
    if (content)
      artifacts[kind] = {
        file: `${project.name}/target/${kind}.json`,
        bytes: Buffer.from(toDbtJson(content)),
      };
  }
  return artifacts;
}

/**
 * Ingests the project's own sample mesh through the real pipeline, as if each
 * project's `target/` had been uploaded. Timestamps follow `now` (the
 * clock's by default), so the demo looks freshly built on any day.
 */
export async function ingestSampleMesh(options: {
  now?: Date;
  maxArtifactBytes: number;
}): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const project of generateSampleMesh({ now: options.now ?? now() })) {
    reports.push(
      await ingestProject({
        artifacts: toSampleArtifacts(project),
        origin: "cli",
        maxArtifactBytes: options.maxArtifactBytes,
      }),
    );
  }
  return reports;
}

/** What yesterday's build of the sample mesh had that today's has not. */
export const SAMPLE_HISTORY = {
  project: "platform",
  model: "model.platform.fct_orders",
  column: "legacy_promo_code",
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

type ColumnsOf = Record<string, { columns: Record<string, JsonObject> }>;

function columnsOf(artifact: JsonObject | undefined) {
  const node = (artifact?.nodes as ColumnsOf | undefined)?.[
    SAMPLE_HISTORY.model
  ];
  if (!node) throw new Error(`the sample mesh lost ${SAMPLE_HISTORY.model}`);
  return node.columns;
}

/** Yesterday's fct_orders: its last column's shape, under the dropped column's name. */
function addDroppedColumn(project: SampleProject): void {
  const declared = columnsOf(project.files.manifest);
  const last = Object.values(declared).at(-1);
  declared[SAMPLE_HISTORY.column] = {
    ...last,
    name: SAMPLE_HISTORY.column,
    description: "Promo code of the retired checkout.",
    data_type: "varchar",
    constraints: [],
  };
  // The warehouse names columns in upper case, as catalog.json reports them.
  const built = columnsOf(project.files.catalog);
  const name = SAMPLE_HISTORY.column.toUpperCase();
  built[name] = {
    type: "TEXT",
    index: Object.keys(built).length + 1,
    name,
    comment: null,
  };
}

/**
 * Gives a fresh catalog a day of history: the whole sample mesh as it was
 * built yesterday, when platform's public fct_orders still had a column its
 * current build dropped. The sample mesh ingested after it then shows, in
 * the change feed, a breaking change with the consumers it hits.
 */
export async function ingestSampleHistory(options: {
  now?: Date;
  maxArtifactBytes: number;
}): Promise<void> {
  const yesterday = new Date((options.now ?? now()).getTime() - DAY_MS);
  for (const project of generateSampleMesh({ now: yesterday })) {
    if (project.name === SAMPLE_HISTORY.project) addDroppedColumn(project);
    await ingestProject({
      artifacts: toSampleArtifacts(project),
      origin: "cli",
      maxArtifactBytes: options.maxArtifactBytes,
    });
  }
}
