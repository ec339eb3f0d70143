import type { ImpactOwnerGroup, ImpactProject, ImpactReport } from "./impact";

export type ImpactPage = {
  /** The report with only this page's nodes; totals and counts stay whole. */
  report: ImpactReport;
  offset: number;
  limit: number;
  returned: number;
  /** Where the next page starts, or null on the last page. */
  nextOffset: number | null;
};

/**
 * One page of an impact report: its nodes in report order (project, then
 * owner, then as listed) from `offset`, at most `limit`. Groups without a node
 * on the page are left out; each project keeps its full `count`, so a page
 * still tells how much there is.
 */
export function pageImpactReport(
  report: ImpactReport,
  options: { offset: number; limit: number },
): ImpactPage {
  const { offset, limit } = options;
  const end = offset + limit;
  let position = 0;
  const projects: ImpactProject[] = [];
  for (const project of report.projects) {
    const owners: ImpactOwnerGroup[] = [];
    for (const group of project.owners) {
      const start = position;
      position += group.nodes.length;
      const nodes = group.nodes.slice(
        Math.max(0, offset - start),
        Math.max(0, end - start),
      );
      if (nodes.length > 0) owners.push({ ...group, nodes });
    }
    if (owners.length > 0) projects.push({ ...project, owners });
  }
  const returned = Math.max(0, Math.min(end, position) - offset);
  return {
    report: { ...report, projects },
    offset,
    limit,
    returned,
    nextOffset: end < position ? end : null,
  };
}
