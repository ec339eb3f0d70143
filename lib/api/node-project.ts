import "server-only";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { findNodeProjects } from "@/lib/db/queries/nodes";
import { jsonError } from "./responses";

/**
 * The project whose copy of a node a request means: `?project=`, else the
 * project the node's package is named after, else its only holder. Answers
 * the error response instead when the name is invalid (400), no project
 * holds the node (404), or several do and none is picked (409).
 */
export async function resolveNodeProject(
  request: Request,
  uniqueId: string,
): Promise<{ project: string } | { response: Response }> {
  const requested = new URL(request.url).searchParams.get("project");
  if (requested !== null && !projectNameSchema.safeParse(requested).success)
    return {
      response: jsonError(400, `"${requested}" is not a dbt project name`),
    };
  if (requested !== null) return { project: requested };
  const holders = await findNodeProjects(uniqueId);
  const project = (
    holders.find((h) => h.isOwnPackage) ??
    (holders.length === 1 ? holders[0] : undefined)
  )?.project;
  if (project !== undefined) return { project };
  if (holders.length === 0)
    return { response: jsonError(404, `No node with unique_id "${uniqueId}"`) };
  return {
    response: jsonError(
      409,
      `"${uniqueId}" is in several projects; pick one with ?project=`,
      { projects: holders.map((h) => h.project) },
    ),
  };
}
