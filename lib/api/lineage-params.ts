import { z } from "zod";
import { toTypeFilter, type TypeFilter } from "@/lib/mesh/lineage/type-filter";
import { DEFAULT_HOPS, MAX_HOPS } from "@/lib/mesh/lineage/traverse";
import { projectNameSchema } from "@/lib/artifacts/project-name";

const hopsSchema = z
  .union(
    [
      z.literal("full").transform(() => Infinity),
      z.coerce.number().int().min(0).max(MAX_HOPS),
    ],
    { error: `must be a whole number from 0 to ${MAX_HOPS}, or "full"` },
  )
  .default(DEFAULT_HOPS);

/** A dbt unique_id as given in a URL: printable, bounded. */
export const uniqueIdSchema = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[^\s]+$/, "is not a dbt unique_id");

/** `types=model,source,exposure`: resource type names, or empty for the default. */
const typesSchema = z
  .string()
  .max(512)
  .optional()
  .transform((value) =>
    value === undefined || value.trim() === ""
      ? null
      : value
          .split(",")
          .map((t) => t.trim())
          .filter((t) => t !== ""),
  )
  .pipe(
    z.array(z.string().regex(/^[a-z_]+$/, "is not a resource type")).nullable(),
  )
  .transform((types): TypeFilter => toTypeFilter(types));

const projectSchema = projectNameSchema.optional().transform((p) => p ?? null);

export const lineageQuerySchema = z.object({
  focus: uniqueIdSchema,
  project: projectSchema,
  up: hopsSchema,
  down: hopsSchema,
  types: typesSchema,
});

export const neighboursQuerySchema = z.object({
  node: uniqueIdSchema,
  project: projectSchema,
  direction: z.enum(["up", "down", "both"]).default("both"),
  types: typesSchema,
});

/** Impacted nodes in one JSON response, unless `limit` says fewer. */
export const DEFAULT_IMPACT_PAGE = 500;
/** The most a client may ask for in one JSON response. */
export const MAX_IMPACT_PAGE = 5_000;

export const impactQuerySchema = z.object({
  project: projectSchema,
  types: typesSchema,
  format: z.enum(["json", "csv"]).optional(),
  /** One column of the node: its column-level impact instead of the node's. */
  column: z.string().trim().min(1).max(1024).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_IMPACT_PAGE)
    .default(DEFAULT_IMPACT_PAGE),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const projectQuerySchema = z.object({ project: projectSchema });

export const refsQuerySchema = z.object({
  consumer: projectNameSchema,
  producer: projectNameSchema,
});

/** The query string as a plain object; a repeated parameter keeps its first value. */
export function readQuery(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams)
    query[key] ??= value;
  return query;
}

/** A zod failure as one readable sentence for an error response. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.join(".") || "query"}: ${i.message}`)
    .join("; ");
}
