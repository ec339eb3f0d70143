import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { SearchResults } from "@/components/search/search-results";
import { SearchStart } from "@/components/search/search-start";
import { EmptyState } from "@/components/ui/empty-state";
import { searchNodes } from "@/lib/db/queries/search";
import { MAX_SEARCH_OFFSET, readSearchParams } from "@/lib/search/params";
import { FACET_KEYS } from "@/lib/search/query";

const PAGE_SIZE = 20;

type PageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toUrlParams(
  record: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record))
    for (const item of [value ?? []].flat()) params.append(key, item);
  return params;
}

function readPage(params: URLSearchParams): number {
  const page = Number(params.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export async function generateMetadata({
  searchParams,
}: PageProps): Promise<Metadata> {
  const q = toUrlParams(await searchParams)
    .get("q")
    ?.trim();
  return { title: q ? `“${q}” · Search` : "Search" };
}

/** `/search?q=&project=&type=&…&page=`: results with facets, all state in the URL. */
export default async function SearchPage({ searchParams }: PageProps) {
  const params = toUrlParams(await searchParams);
  const page = readPage(params);
  params.set("limit", String(PAGE_SIZE));
  params.set(
    "offset",
    String(Math.min((page - 1) * PAGE_SIZE, MAX_SEARCH_OFFSET)),
  );
  const read = readSearchParams(params);
  if (!read.ok)
    return (
      <EmptyState
        icon={SearchX}
        title="This search cannot be run"
        description={read.error}
        action={
          <Link
            href="/search"
            className="text-sm font-medium text-accent hover:underline"
          >
            Start again
          </Link>
        }
        className="mt-8"
      />
    );
  const { input } = read;
  const hasFilters = FACET_KEYS.some((key) => input.filters[key]?.length);
  if (input.q.trim() === "" && !hasFilters) return <SearchStart />;
  const result = await searchNodes(input);
  return (
    <SearchResults
      state={{ q: input.q, filters: input.filters, page }}
      result={result}
      offset={input.offset}
      pageSize={PAGE_SIZE}
    />
  );
}
