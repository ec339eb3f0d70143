import { z } from "@/components/ui/browser-zod";

/*
 * The lineage view's data as the lineage APIs give it (see
 * `lib/api/present-lineage.ts`): the page renders the first view on the
 * server, expanding a node fetches `/api/v1/lineage/neighbours`.
 */

export type LineageNodeData = {
  kind: "node";
  /** `project:unique_id`. */
  id: string;
  uniqueId: string;
  project: string;
  name: string;
  resourceType: string;
  access: string | null;
  version: string | null;
  group: string | null;
  /** An unresolved ref: its project was never ingested. */
  external: boolean;
  /** Signed hops from the focus: negative upstream. */
  depth: number;
};

export type LineageGroupData = {
  kind: "group";
  id: string;
  side: "upstream" | "downstream";
  /** Null when the group gathers several projects. */
  project: string | null;
  group: string | null;
  projectCount: number;
  count: number;
  countsByType: Record<string, number>;
  minHops: number;
  maxHops: number;
  external: boolean;
};

export type LineageElement = LineageNodeData | LineageGroupData;

export type LineageEdgeData = {
  source: string;
  target: string;
  crossProject: boolean;
  /** A source reads the parent's relation without a ref (no edge in the manifest). */
  hidden: boolean;
  /** Lineage edges this drawn edge stands for (more than one between groups). */
  count: number;
};

export type LineageData = {
  focus: string;
  nodes: LineageElement[];
  edges: LineageEdgeData[];
  total: number;
  collapsed: boolean;
  truncated: boolean;
};

const neighbourNodeSchema = z.object({
  id: z.string(),
  uniqueId: z.string(),
  project: z.string(),
  name: z.string(),
  resourceType: z.string(),
  access: z.string().nullable(),
  version: z.string().nullable(),
  group: z.string().nullable(),
  external: z.boolean(),
});

/** `GET /api/v1/lineage/neighbours`, the fields the view uses. */
export const neighboursSchema = z.object({
  nodes: z.array(neighbourNodeSchema),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      crossProject: z.boolean(),
      hidden: z.boolean(),
    }),
  ),
  truncated: z.boolean(),
});

export type Neighbours = z.infer<typeof neighboursSchema>;
