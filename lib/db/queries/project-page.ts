import "server-only";
import {
  readProjectNodes,
  type NodeListOptions,
  type NodeListPage,
} from "./project-nodes";
import { readProjectDetail, type ProjectDetail } from "./projects";
import { readSnapshot } from "./read";

export type ProjectPage = { project: ProjectDetail; nodes: NodeListPage };

/** A project with one page of its nodes, read in one snapshot; null when there is no such project. */
export function getProjectPage(
  name: string,
  options: NodeListOptions,
): Promise<ProjectPage | null> {
  return readSnapshot(async (db) => {
    const project = await readProjectDetail(db, name);
    if (!project) return null;
    const nodes = await readProjectNodes(db, name, options);
    return { project, nodes };
  });
}
