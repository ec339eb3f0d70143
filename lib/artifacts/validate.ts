import type { z } from "zod";
import { ArtifactError } from "./errors";

const MAX_REPORTED_ISSUES = 3;

/**
 * Validates `doc` against `schema`, turning failures into an ArtifactError that
 * names the file and the exact fields (e.g. `nodes["model.a.b"].columns.id.description`).
 */
export function validateArtifact<T extends z.ZodType>(
  file: string,
  schema: T,
  doc: unknown,
): z.output<T> {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const described = issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more =
    issues.length > MAX_REPORTED_ISSUES
      ? ` (and ${issues.length - MAX_REPORTED_ISSUES} more)`
      : "";
  throw new ArtifactError(
    file,
    `has fields of the wrong type: ${described.join("; ")}${more}`,
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(document)";
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join("");
}
