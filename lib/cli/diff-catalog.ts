import { z } from "zod";
import type { DiffConsumer } from "@/lib/governance/diff-types";

/** The catalog could not say who consumes the project. */
export class CatalogUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CatalogUnavailableError";
  }
}

const consumersSchema = z.object({
  consumers: z.array(
    z.object({
      uniqueId: z.string(),
      name: z.string(),
      resourceType: z.string(),
      project: z.string(),
      target: z.object({ name: z.string(), version: z.string().nullable() }),
      owners: z.array(z.string()),
    }),
  ),
});

/**
 * Who the catalog at `baseUrl` knows to consume `project`
 * (`GET /api/v1/projects/{project}/consumers`); null when it does not know
 * the project at all.
 */
export async function fetchCatalogConsumers(
  baseUrl: string,
  project: string,
): Promise<DiffConsumer[] | null> {
  const url = new URL(
    `api/v1/projects/${encodeURIComponent(project)}/consumers`,
    baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
  );
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new CatalogUnavailableError(
      `${url.href}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
    );
  }
  if (response.status === 404) return null;
  if (!response.ok)
    throw new CatalogUnavailableError(
      `${url.href} answered ${response.status} ${response.statusText}`,
    );
  const body = consumersSchema.safeParse(
    await response.json().catch(() => null),
  );
  if (!body.success)
    throw new CatalogUnavailableError(
      `${url.href} did not answer a list of consumers`,
    );
  return body.data.consumers;
}
