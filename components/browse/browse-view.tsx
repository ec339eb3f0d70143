import {
  ChevronRight,
  Database,
  Folder,
  FolderTree,
  Inbox,
} from "lucide-react";
import Link from "next/link";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import { PageHeader } from "@/components/ui/page-header";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { cn } from "@/components/ui/cn";
import {
  BROWSE_NODE_CAP,
  type BrowseLevel,
} from "@/lib/db/queries/project-browse";
import { browseUrl, nodeUrl, projectUrl, type BrowsePlace } from "@/lib/urls";

/** The steps from the top of the tree to where the reader stands, each a link. */
function trail(project: string, place: BrowsePlace) {
  if (place.by === "folder") {
    const parts = place.folder === "" ? [] : place.folder.split("/");
    return [
      {
        label: "All folders",
        href: browseUrl(project, { by: "folder", folder: "" }),
      },
      ...parts.map((part, i) => ({
        label: part,
        href: browseUrl(project, {
          by: "folder",
          folder: parts.slice(0, i + 1).join("/"),
        }),
      })),
    ];
  }
  const steps = [
    {
      label: "All databases",
      href: browseUrl(project, {
        by: "relation",
        database: null,
        schema: null,
      }),
    },
  ];
  if (place.database !== null)
    steps.push({
      label: place.database || "(no database)",
      href: browseUrl(project, {
        by: "relation",
        database: place.database,
        schema: null,
      }),
    });
  if (place.database !== null && place.schema !== null)
    steps.push({
      label: place.schema,
      href: browseUrl(project, place),
    });
  return steps;
}

/** Where a child of this level leads. */
function childPlace(place: BrowsePlace, name: string): BrowsePlace {
  if (place.by === "folder")
    return {
      by: "folder",
      folder: place.folder === "" ? name : `${place.folder}/${name}`,
    };
  return place.database === null
    ? { by: "relation", database: name, schema: null }
    : { by: "relation", database: place.database, schema: name };
}

/**
 * A project's nodes as a tree, one level at a time, as dbt Docs' sidebar
 * shows them: by the folders of their files, or by the database and schema
 * of the relations they build or read. The level is in the URL.
 */
export function BrowseView({
  project,
  place,
  level,
}: {
  project: string;
  place: BrowsePlace;
  level: BrowseLevel;
}) {
  const steps = trail(project, place);
  const childNoun =
    place.by === "folder"
      ? "Folders"
      : place.database === null
        ? "Databases"
        : "Schemas";
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Mesh", href: "/" },
          { label: project, href: projectUrl(project) },
          { label: "Browse" },
        ]}
        title={`Browse ${project}`}
        description="The project's nodes by the folders of their files, or by the database and schema of the relations they build and read."
      />
      <nav aria-label="Browse by" className="mb-5 flex gap-1">
        {(
          [
            ["folder", "By folder", FolderTree],
            ["relation", "By database and schema", Database],
          ] as const
        ).map(([by, label, Icon]) => (
          <Link
            key={by}
            href={browseUrl(
              project,
              by === "folder"
                ? { by, folder: "" }
                : { by, database: null, schema: null },
            )}
            aria-current={place.by === by ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-[13px] font-medium",
              place.by === by
                ? "border-fg bg-fg text-surface"
                : "border-border text-fg-muted hover:border-border-strong hover:text-fg",
            )}
          >
            <Icon aria-hidden className="size-3.5" />
            {label}
          </Link>
        ))}
      </nav>
      <nav aria-label="Where you are" className="mb-4">
        <ol className="flex flex-wrap items-center gap-1 font-mono text-[13px]">
          {steps.map((step, i) => (
            <li key={step.href} className="flex items-center gap-1">
              {i > 0 ? (
                <ChevronRight aria-hidden className="size-3 text-fg-subtle" />
              ) : null}
              {i === steps.length - 1 ? (
                <span aria-current="location" className="font-medium text-fg">
                  {step.label}
                </span>
              ) : (
                <Link href={step.href} className="text-accent hover:underline">
                  {step.label}
                </Link>
              )}
            </li>
          ))}
        </ol>
        <p className="mt-1 text-xs text-fg-muted">
          {formatPlural(level.total, "node")} here and below
        </p>
      </nav>
      {level.children.length === 0 && level.nodes.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title="Nothing here"
          description="No node of this project lies at this level."
        />
      ) : (
        <div className="flex flex-col gap-4">
          {level.children.length > 0 ? (
            <section aria-label={childNoun}>
              <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-3">
                {level.children.map((child) => (
                  <li key={child.name}>
                    <Link
                      href={browseUrl(project, childPlace(place, child.name))}
                      className="flex items-center gap-2 rounded-lg border border-border bg-surface px-3 py-2 text-[13px] shadow-xs shadow-black/[0.03] hover:border-border-strong"
                    >
                      {place.by === "folder" ? (
                        <Folder
                          aria-hidden
                          className="size-4 shrink-0 text-fg-subtle"
                        />
                      ) : (
                        <Database
                          aria-hidden
                          className="size-4 shrink-0 text-fg-subtle"
                        />
                      )}
                      <span className="min-w-0 flex-1 truncate font-mono font-medium text-fg">
                        {child.name || "(none)"}
                      </span>
                      <span className="text-xs text-fg-muted tabular-nums">
                        {formatCount(child.count)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {level.nodes.length > 0 ? (
            <section aria-label="Nodes here">
              <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
                {level.nodes.map((node) => (
                  <li
                    key={node.uniqueId}
                    className="flex items-center gap-2 px-3 py-2"
                  >
                    <ResourceTypeIcon type={node.resourceType} />
                    <Link
                      href={nodeUrl({ ...node, project })}
                      className="min-w-0 truncate font-mono text-[13px] font-medium text-fg hover:text-accent hover:underline"
                    >
                      {place.by === "relation"
                        ? node.identifier
                        : toNodeTitle(node)}
                    </Link>
                    {place.by === "relation" &&
                    node.identifier !== node.name ? (
                      <span className="truncate text-xs text-fg-muted">
                        {toNodeTitle(node)}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {level.nodes.length >= BROWSE_NODE_CAP ? (
                <p className="mt-2 text-xs text-fg-muted">
                  The first {formatCount(BROWSE_NODE_CAP)} are listed; filter
                  the project&apos;s list to find the others.
                </p>
              ) : null}
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
