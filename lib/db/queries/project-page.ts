import "server-only";
import {
  readNodeListFacets,
  readProjectNodes,
  type NodeListFacets,
  type NodeListOptions,
  type NodeListPage,
} from "./project-nodes";
import { readProjectDetail, type ProjectDetail } from "./projects";
import { readSnapshot } from "./read";

export type ProjectPage = {
  project: ProjectDetail;
  nodes: NodeListPage;
  /** What the list of the shown resource type can be filtered by. */
  facets: NodeListFacets;
};

/** A project with one page of its nodes and their facets, read in one snapshot; null when there is no such project. */
export function getProjectPage(
  name: string,
  options: NodeListOptions,
): Promise<ProjectPage | null> {
  return readSnapshot(async (db) => {
    const project = await readProjectDetail(db, name);
    if (!project) return null;
    const nodes = await readProjectNodes(db, name, options);
    const facets = await readNodeListFacets(db, name, options.resourceType);
    return { project, nodes, facets };
  });
}
