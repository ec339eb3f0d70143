import type { Metadata } from "next";
import { SourcesView } from "@/components/sources/sources-view";
import { getSourcesStatus } from "@/lib/sources/source-status";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Where the catalog pulls dbt artifacts from: last success, last error, next run and what each pull changed.",
};

export default async function SourcesPage() {
  return <SourcesView status={await getSourcesStatus()} />;
}
