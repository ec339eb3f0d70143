import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseView } from "@/components/browse/browse-view";
import { browseFolder, browseRelations } from "@/lib/db/queries/project-browse";
import { decodeParams, type BrowsePlace } from "@/lib/urls";

type Props = {
  params: Promise<{ project: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;

/** Where the URL says the reader stands; anything unusable is the top of the folder tree. */
function readPlace(
  query: Record<string, string | string[] | undefined>,
): BrowsePlace {
  if (first(query.by) === "relation") {
    const database = first(query.database) ?? null;
    const schema = database === null ? null : (first(query.schema) ?? null);
    return { by: "relation", database, schema };
  }
  const folder = (first(query.folder) ?? "").replace(/^\/+|\/+$/g, "");
  return { by: "folder", folder };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await decodeParams(params);
  return {
    title: `Browse · ${project}`,
    description: `The nodes of ${project} by folder, or by database and schema.`,
  };
}

export default async function BrowsePage({ params, searchParams }: Props) {
  const { project } = await decodeParams(params);
  const place = readPlace(await searchParams);
  const level =
    place.by === "folder"
      ? await browseFolder(project, place.folder)
      : await browseRelations(project, place.database, place.schema);
  if (!level) notFound();
  return <BrowseView project={project} place={place} level={level} />;
}
