import type { Metadata } from "next";
import { ChangeFeedView } from "@/components/changes/change-feed-view";
import { readChangesPage } from "@/lib/api/changes-params";
import { listChanges } from "@/lib/db/queries/changes";
import { changesFeedUrl } from "@/lib/urls";

export const metadata: Metadata = {
  title: "Changes",
  description:
    "What each ingest changed in the mesh, breaking changes with the consumers they hit.",
  alternates: { types: { "application/atom+xml": changesFeedUrl() } },
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChangesPage({ searchParams }: Props) {
  const view = readChangesPage(await searchParams);
  const page = await listChanges({
    isBreaking: view.isBreakingOnly ? true : undefined,
    limit: view.limit,
    offset: view.offset,
  });
  return <ChangeFeedView page={page} pageSize={view.limit} {...view} />;
}
