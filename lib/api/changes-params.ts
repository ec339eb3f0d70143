import { z } from "zod";
import { projectNameSchema } from "@/lib/artifacts/project-name";

/** Changes in one answer of the API unless `limit` says otherwise, and per page of the feed. */
export const CHANGES_PAGE_SIZE = 50;
const MAX_CHANGES_PAGE = 500;

const breakingSchema = z
  .enum(["true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "true"));

/** `GET /api/v1/changes?project=&breaking=&limit=&offset=` */
export const changesQuerySchema = z.object({
  project: projectNameSchema.optional(),
  breaking: breakingSchema,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CHANGES_PAGE)
    .default(CHANGES_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The feed pages' URL state: `?breaking=true&page=2`; anything unreadable falls back to the first page of all changes. */
export const changesPageSchema = z.object({
  breaking: breakingSchema.catch(undefined),
  page: z.coerce.number().int().min(1).max(20_000).catch(1).default(1),
});

/** What a feed page shows, from its URL: the filter and the page, as a slice of the feed. */
export function readChangesPage(
  search: Record<string, string | string[] | undefined>,
): {
  isBreakingOnly: boolean;
  pageNumber: number;
  offset: number;
  limit: number;
} {
  const { breaking, page } = changesPageSchema.parse({
    breaking: typeof search.breaking === "string" ? search.breaking : undefined,
    page: typeof search.page === "string" ? search.page : undefined,
  });
  return {
    isBreakingOnly: breaking === true,
    pageNumber: page,
    offset: (page - 1) * CHANGES_PAGE_SIZE,
    limit: CHANGES_PAGE_SIZE,
  };
}
