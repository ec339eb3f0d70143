import "server-only";
import { now } from "@/lib/clock";
import { listChanges } from "@/lib/db/queries/changes";
import { changesFeedUrl } from "@/lib/urls";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { renderChangesAtom } from "./changes-atom";
import { CHANGES_PAGE_SIZE, changesQuerySchema } from "./changes-params";
import { jsonError, jsonOk } from "./responses";

/** `GET /api/v1/changes?project=&breaking=&limit=&offset=`: the change feed as JSON, newest first. */
export async function answerChangesJson(request: Request): Promise<Response> {
  const query = changesQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success)
    return jsonError(400, query.error.issues.map(describeIssue).join("; "));
  const { project, breaking, limit, offset } = query.data;
  const page = await listChanges({
    project,
    isBreaking: breaking,
    limit,
    offset,
  });
  if (page.projectExists === false)
    return jsonError(404, `No project named "${project ?? ""}"`);
  const { projectExists: _exists, ...body } = page;
  return jsonOk(body);
}

/** The Atom feed of the mesh's changes (no project) or of one project's: the newest page. */
export async function answerChangesAtom(
  request: Request,
  projectParam?: string,
): Promise<Response> {
  let project: string | undefined;
  if (projectParam !== undefined) {
    const name = projectNameSchema.safeParse(projectParam);
    if (!name.success)
      return jsonError(400, `"${projectParam}" is not a dbt project name`);
    project = name.data;
  }
  const page = await listChanges({
    project,
    limit: CHANGES_PAGE_SIZE,
    offset: 0,
  });
  if (page.projectExists === false)
    return jsonError(404, `No project named "${project ?? ""}"`);
  const xml = renderChangesAtom({
    origin: new URL(request.url).origin,
    title: project ? `Changes in ${project}` : "Changes in the mesh",
    selfPath: changesFeedUrl(project),
    project,
    changes: page.changes,
    emptyUpdated: now().toISOString(),
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

function describeIssue(issue: {
  path: PropertyKey[];
  message: string;
}): string {
  return `${issue.path.map(String).join(".")}: ${issue.message}`;
}
