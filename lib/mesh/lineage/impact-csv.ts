import type { ImpactReport } from "./impact";

const HEADER = [
  "project",
  "owner_name",
  "owner_email",
  "unique_id",
  "name",
  "resource_type",
  "access",
  "version",
  "hops",
  "path",
] as const;

/** Separates the node keys of a path in one CSV cell. */
export const PATH_SEPARATOR = " > ";

/**
 * An impact report as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a quote, comma or line break), one row per impacted node in the
 * report's order. Text that a spreadsheet would run as a formula gets a
 * leading apostrophe: names and owners come from other teams' manifests.
 */
export function formatImpactCsv(report: ImpactReport): string {
  const rows: string[][] = [[...HEADER]];
  for (const project of report.projects) {
    for (const group of project.owners) {
      for (const node of group.nodes) {
        rows.push([
          node.project,
          group.owner?.name ?? "",
          group.owner?.email ?? "",
          node.uniqueId,
          node.name,
          node.resourceType,
          node.access ?? "",
          node.version ?? "",
          String(node.depth),
          node.path.join(PATH_SEPARATOR),
        ]);
      }
    }
  }
  return (
    rows.map((row) => row.map(escapeCsvField).join(",")).join("\r\n") + "\r\n"
  );
}

/** One CSV field: quoted when needed, with formula triggers defused. */
export function escapeCsvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
