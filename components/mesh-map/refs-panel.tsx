"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, LoaderCircle, Unlink, X } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { z } from "@/components/ui/browser-zod";
import { formatPlural } from "@/components/ui/format-number";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { nodeUrl } from "@/lib/urls";
import type { MeshDependency } from "./mesh-map-data";

const refsSchema = z.object({
  refs: z.array(
    z.object({
      consumer: z.object({
        uniqueId: z.string(),
        name: z.string(),
        resourceType: z.string(),
      }),
      producer: z.object({
        uniqueId: z.string(),
        name: z.string(),
        version: z.string().nullable(),
        resolved: z.boolean(),
      }),
    }),
  ),
});

type Ref = z.infer<typeof refsSchema>["refs"][number];

async function fetchRefs(dependency: MeshDependency): Promise<Ref[]> {
  const params = new URLSearchParams({
    consumer: dependency.consumer,
    producer: dependency.producer,
  });
  const response = await fetch(`/api/v1/lineage/refs?${params}`);
  if (!response.ok) throw new Error("The refs could not be loaded");
  return refsSchema.parse(await response.json()).refs;
}

/** The refs one dependency carries: which consumer nodes use which producer nodes. */
export function RefsPanel({
  dependency,
  onClose,
}: {
  dependency: MeshDependency;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const refs = useQuery({
    queryKey: ["mesh-refs", dependency.producer, dependency.consumer],
    queryFn: () => fetchRefs(dependency),
  });
  // Keyboard and screen-reader users land on what they asked for.
  useEffect(() => heading.current?.focus(), [dependency]);
  return (
    <section
      aria-labelledby="refs-panel-title"
      className="flex max-h-full flex-col overflow-hidden rounded-lg border border-border bg-surface shadow-lg"
    >
      <div className="flex items-start justify-between gap-3 border-b border-border px-4 py-3">
        <div className="min-w-0">
          <h2
            id="refs-panel-title"
            ref={heading}
            tabIndex={-1}
            className="text-sm font-semibold text-fg focus:outline-none"
          >
            {dependency.consumer} uses {dependency.producer}
          </h2>
          <p className="mt-0.5 text-xs text-fg-muted">
            {formatPlural(dependency.refs, "cross-project ref")}
            {dependency.unresolved > 0
              ? `, ${formatPlural(dependency.unresolved, "unresolved", "unresolved")}`
              : ""}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close the refs"
          className="grid size-7 shrink-0 place-items-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <X aria-hidden className="size-4" />
        </button>
      </div>
      <div className="min-h-0 overflow-auto px-4 py-3">
        {refs.isPending ? (
          <p className="flex items-center gap-2 text-[13px] text-fg-muted">
            <LoaderCircle aria-hidden className="size-4 animate-spin" />
            Loading the refs…
          </p>
        ) : refs.isError ? (
          <p role="alert" className="text-[13px] text-fail">
            {refs.error.message}
          </p>
        ) : (
          <ul aria-label="Refs" className="flex flex-col gap-2.5">
            {refs.data.map((ref) => (
              <RefItem
                key={`${ref.consumer.uniqueId}>${ref.producer.uniqueId}`}
                item={ref}
                dependency={dependency}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function RefItem({
  item: ref,
  dependency,
}: {
  item: Ref;
  dependency: MeshDependency;
}) {
  const producerName = ref.producer.version
    ? `${ref.producer.name} v${ref.producer.version}`
    : ref.producer.name;
  return (
    <li className="flex flex-col gap-1 rounded-md border border-border px-2.5 py-2 text-[13px]">
      <Link
        href={nodeUrl({ ...ref.consumer, project: dependency.consumer })}
        prefetch={false}
        className="flex items-center gap-1.5 font-medium text-fg hover:text-accent hover:underline"
      >
        <ResourceTypeIcon
          type={ref.consumer.resourceType}
          className="size-3.5"
        />
        <span className="truncate font-mono">{ref.consumer.name}</span>
      </Link>
      <span className="flex items-center gap-1.5 pl-1 text-xs text-fg-muted">
        <ArrowLeft aria-hidden className="size-3 shrink-0" />
        <span className="sr-only">refs </span>
        {ref.producer.resolved ? (
          <Link
            href={nodeUrl({
              project: dependency.producer,
              uniqueId: ref.producer.uniqueId,
              name: ref.producer.name,
              version: ref.producer.version,
              resourceType: ref.producer.uniqueId.split(".")[0] ?? "model",
            })}
            prefetch={false}
            className="truncate font-mono text-cross-project hover:underline"
          >
            {dependency.producer}.{producerName}
          </Link>
        ) : (
          <span className="flex items-center gap-1 truncate font-mono text-warn">
            <Unlink aria-hidden className="size-3 shrink-0" />
            {dependency.producer}.{producerName}
            <span className="font-sans">(unresolved)</span>
          </span>
        )}
      </span>
    </li>
  );
}
