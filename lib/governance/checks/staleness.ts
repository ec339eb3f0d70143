import { z } from "zod";
import { formatSeconds, parseDurationSeconds } from "@/lib/score/duration";
import { defineCheckKind } from "../check-kind";

/** A duration as teams write it ("7 days", "36h"), read as seconds. */
export const durationParam = z
  .union([z.string(), z.number()])
  .transform((value, context) => {
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
      context.addIssue({
        code: "custom",
        message: `not a duration: "${String(value)}" (e.g. "7 days", "36h")`,
      });
      return z.NEVER;
    }
    return seconds;
  });

export const STALE_ARTIFACTS = defineCheckKind({
  id: "stale-artifacts",
  title: "Project whose latest artifacts are old",
  defaultSeverity: "warn",
  advice:
    "Upload the project's artifacts after every dbt run (`npm run ingest` or `POST /api/v1/projects/{project}/artifacts` in its CI): the catalog shows what it was last given.",
  params: z.object({
    /** How old the latest manifest may be. */
    max_age: durationParam.default(7 * 86_400),
  }),
  tighten: { max_age: "lower" },
  run: (facts, { max_age }, { now }) =>
    facts.projects.flatMap((project) => {
      const ageSeconds =
        (now.getTime() - Date.parse(project.artifactsAt)) / 1000;
      if (!(ageSeconds > max_age)) return [];
      return [
        {
          project: project.name,
          uniqueId: null,
          message: `latest artifacts are ${formatSeconds(ageSeconds)} old (generated ${project.artifactsAt.slice(0, 10)}), past the ${formatSeconds(max_age)} allowed`,
        },
      ];
    }),
});
