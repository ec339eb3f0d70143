import Link from "next/link";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { formatCount } from "@/components/ui/format-number";
import { ShowAll, useFirstRows } from "@/components/ui/show-all";
import { ResourceTypeBadge } from "@/components/ui/resource-type-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { lineageUrl, nodeUrl } from "@/lib/urls";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import type { LineageData, LineageElement } from "./lineage-data";
import {
  describeElement,
  describeHops,
  sortForList,
  sortNearestFirst,
} from "./lineage-list-order";
import type { LineageQueryState } from "./lineage-query";

/**
 * The view as tables, for keyboards and screen readers: the drawn nodes
 * (upstream first, then the focus, then downstream) with links to focus it
 * or open its page, and the drawn edges. A large view lists the nodes nearest
 * the focus until the reader asks for all of them.
 */
export function LineageList({
  data,
  query,
}: {
  data: LineageData;
  query: LineageQueryState;
}) {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const nearestFirst = useMemo(
    () => sortNearestFirst(data.nodes),
    [data.nodes],
  );
  const nodes = useFirstRows(nearestFirst);
  const edges = useFirstRows(data.edges);
  const name = (id: string) => {
    const element = byId.get(id);
    return element ? describeElement(element) : id;
  };
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Table label="Nodes in this lineage view">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Node</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Project</TableHeaderCell>
              <TableHeaderCell>Hops</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">Lineage</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sortForList(nodes.shown).map((element) => (
              <NodeRow
                key={element.id}
                element={element}
                isFocus={element.id === data.focus}
                query={query}
              />
            ))}
          </TableBody>
        </Table>
        <ShowAll rows={nodes} what="nodes" />
      </div>
      <details className="group/edges">
        <summary className="cursor-pointer text-[13px] font-medium text-fg-muted hover:text-fg">
          Edges in this view ({formatCount(data.edges.length)})
        </summary>
        <Table label="Edges in this lineage view" className="mt-2">
          <TableHead>
            <TableRow>
              <TableHeaderCell>From (upstream)</TableHeaderCell>
              <TableHeaderCell>To (downstream)</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">Crosses projects</span>
              </TableHeaderCell>
              <TableHeaderCell align="right">Edges</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {edges.shown.map((edge) => (
              <TableRow key={`${edge.source}->${edge.target}`}>
                <TableCell isMono>{name(edge.source)}</TableCell>
                <TableCell isMono>{name(edge.target)}</TableCell>
                <TableCell>
                  {edge.hidden ? (
                    <Badge tone="warn">Hidden: no ref</Badge>
                  ) : edge.crossProject ? (
                    <CrossProjectBadge />
                  ) : null}
                </TableCell>
                <TableCell isNumeric>{formatCount(edge.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ShowAll rows={edges} what="edges" />
      </details>
    </div>
  );
}

function NodeRow({
  element,
  isFocus,
  query,
}: {
  element: LineageElement;
  isFocus: boolean;
  query: LineageQueryState;
}) {
  if (element.kind === "group")
    return (
      <TableRow>
        <TableCell className="text-fg-muted">
          {describeElement(element)}
        </TableCell>
        <TableCell>
          <span className="text-fg-subtle">folded group</span>
        </TableCell>
        <TableCell>{element.project ?? "other projects"}</TableCell>
        <TableCell className="whitespace-nowrap">
          {describeHops(element)}
        </TableCell>
        <TableCell />
      </TableRow>
    );
  const title = toNodeTitle(element);
  return (
    <TableRow>
      <TableCell isMono>
        {element.external ? (
          <span>
            {title}{" "}
            <span className="font-sans text-xs text-warn">not ingested</span>
          </span>
        ) : (
          <Link
            href={nodeUrl(element)}
            prefetch={false}
            className={
              isFocus
                ? "font-semibold text-accent hover:underline"
                : "text-fg hover:text-accent hover:underline"
            }
          >
            {title}
          </Link>
        )}
      </TableCell>
      <TableCell>
        <ResourceTypeBadge type={element.resourceType} />
      </TableCell>
      <TableCell>{element.project}</TableCell>
      <TableCell className="whitespace-nowrap">
        {describeHops(element)}
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {isFocus ? (
          <span className="text-xs text-fg-subtle">the focus</span>
        ) : element.external ? null : (
          <Link
            href={lineageUrl(element.project, element.uniqueId, query)}
            prefetch={false}
            className="text-xs font-medium text-accent hover:underline"
          >
            Focus here<span className="sr-only">: {title}</span>
          </Link>
        )}
      </TableCell>
    </TableRow>
  );
}
