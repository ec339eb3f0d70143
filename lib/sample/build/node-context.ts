/**
 * What every node builder of one project needs: how to resolve refs, render
 * doc blocks, compile SQL and stamp parse times.
 */
import type { JsonObject } from "../serialize";
import type { ProjectSpec, RefTarget } from "../spec";
import type { Instant } from "../time";
import { toEpochSeconds } from "../time";
import type { DocRenderer } from "./docs";
import type { ProjectIndex, Resolver } from "./resolve";

export type NodeContext = {
  spec: ProjectSpec;
  index: ProjectIndex;
  resolver: Resolver;
  docs: DocRenderer;
  now: Instant;
  /** Parse time of the next node, in epoch seconds like dbt's `created_at`. */
  nextCreatedAt: () => number;
  /** Compiled SQL of one of this project's ephemeral models. */
  compileEphemeral: (uniqueId: string) => string;
};

/** A clock that ticks a little for every node dbt parses. */
export function createParseClock(start: Instant): () => number {
  let tick = 0;
  return () => toEpochSeconds(start + 1000 + tick++ * 0.731);
}

export function toRefArgs(target: RefTarget): JsonObject {
  return {
    name: target.name,
    package: target.project ?? null,
    version: target.version ?? null,
  };
}

export const NODE_DOCS = { show: true, node_color: null } as const;

/** The yml file that documents a folder's models, by the common `_<folder>__models.yml` convention. */
export function modelsYmlPath(folder: string): string {
  const last = folder.split("/").at(-1) ?? folder;
  return `models/${folder}/_${last}__models.yml`;
}

/** Removes duplicates, keeping first occurrences. */
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** A string field of a built node (unique_id, resource_type, ...). */
export function readText(node: JsonObject, key: string): string {
  const value = node[key];
  if (typeof value !== "string")
    throw new Error(`node field ${key} is not a string`);
  return value;
}
