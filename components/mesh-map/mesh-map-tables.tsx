"use client";

import { Medal } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ShowAll, useFirstRows } from "@/components/ui/show-all";
import { formatCount } from "@/components/ui/format-number";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { TwoWayBadge } from "@/components/mesh/two-way-badge";
import { ProjectChip } from "@/components/project/project-chip";
import type { MeshMapData } from "./mesh-map-data";
import { toDependencyId } from "./mesh-map-data";

/** The map as tables: every project with its maturity, every dependency with a way to list its refs. */
export function MeshMapTables({
  data,
  onShowRefs,
}: {
  data: MeshMapData;
  onShowRefs: (dependencyId: string) => void;
}) {
  const projects = useFirstRows(data.projects);
  const dependencies = useFirstRows(data.dependencies);
  const external = new Set(
    data.projects.filter((p) => p.isExternal).map((p) => p.name),
  );
  return (
    <div className="mt-6 grid grid-cols-1 gap-8 xl:grid-cols-2">
      <section aria-labelledby="mesh-projects-title" className="min-w-0">
        <h2
          id="mesh-projects-title"
          className="mb-3 text-base font-semibold tracking-tight text-fg"
        >
          Projects
        </h2>
        <Table label="Projects on the mesh map">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Project</TableHeaderCell>
              <TableHeaderCell align="right">Models</TableHeaderCell>
              <TableHeaderCell>Maturity</TableHeaderCell>
              <TableHeaderCell align="right">Uses</TableHeaderCell>
              <TableHeaderCell align="right">Used by</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {projects.shown.map((p) => (
              <TableRow key={p.name}>
                <TableCell>
                  <ProjectChip project={p.name} isIngested={!p.isExternal} />
                </TableCell>
                <TableCell isNumeric>
                  {p.models === null ? "—" : formatCount(p.models)}
                </TableCell>
                <TableCell>
                  {p.maturity ? (
                    <span className="flex items-center gap-1.5 whitespace-nowrap">
                      <Badge tone={p.maturity.tone ?? "neutral"} icon={Medal}>
                        {p.maturity.level?.title ?? "Below first level"}
                      </Badge>
                      <span className="text-xs text-fg-subtle">
                        avg {p.maturity.averageScore}
                      </span>
                    </span>
                  ) : (
                    <span className="text-xs text-fg-subtle">—</span>
                  )}
                </TableCell>
                <TableCell isNumeric>{formatCount(p.producers)}</TableCell>
                <TableCell isNumeric>{formatCount(p.consumers)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ShowAll rows={projects} what="projects" />
      </section>
      <section aria-labelledby="mesh-deps-title" className="min-w-0">
        <h2
          id="mesh-deps-title"
          className="mb-3 text-base font-semibold tracking-tight text-fg"
        >
          Dependencies
        </h2>
        <Table label="Dependencies: consumer uses producer">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Consumer</TableHeaderCell>
              <TableHeaderCell>Producer</TableHeaderCell>
              <TableHeaderCell align="right">Refs</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">Notes and refs</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {dependencies.shown.map((d) => {
              const id = toDependencyId(d.producer, d.consumer);
              return (
                <TableRow key={id}>
                  <TableCell>
                    <ProjectChip project={d.consumer} />
                  </TableCell>
                  <TableCell>
                    <ProjectChip
                      project={d.producer}
                      isIngested={!external.has(d.producer)}
                    />
                  </TableCell>
                  <TableCell isNumeric>
                    {formatCount(d.refs)}
                    {d.unresolved > 0 ? (
                      <span className="block text-xs text-warn">
                        {formatCount(d.unresolved)} unresolved
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <span className="flex flex-wrap items-center justify-end gap-1.5">
                      {d.isTwoWay ? (
                        <TwoWayBadge
                          producer={d.producer}
                          consumer={d.consumer}
                        />
                      ) : null}
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => onShowRefs(id)}
                        aria-label={`Show the refs from ${d.consumer} to ${d.producer}`}
                      >
                        Show refs
                      </Button>
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <ShowAll rows={dependencies} what="dependencies" />
      </section>
    </div>
  );
}
