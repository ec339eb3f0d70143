import { z } from "zod";

/** dbt's rule for a project name: a letter or underscore, then letters, digits or underscores. */
export const PROJECT_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A dbt project name, as given in a URL, a CLI flag or a token's scope. */
export const projectNameSchema = z
  .string()
  .regex(
    PROJECT_NAME_PATTERN,
    "is not a dbt project name (letters, digits and underscores, not starting with a digit)",
  );

/** Whether a string is a dbt project name (PROJECT_NAME_PATTERN). */
export function isProjectName(value: string): boolean {
  return PROJECT_NAME_PATTERN.test(value);
}
