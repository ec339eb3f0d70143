import { z } from "zod";
import { isoDate } from "@/lib/score/iso-date";

/** Fields every `checks:` entry may set; any other key is a parameter of its check. */
export const CHECK_FIELDS = [
  "title",
  "severity",
  "error_from",
  "enabled",
  "exceptions",
] as const;

const checkException = z.strictObject({
  /** A unique_id or a node's name; absent: every finding of the check in the project. */
  node: z.string().min(1).optional(),
  project: z.string().min(1).optional(),
  reason: z.string().trim().min(1, "an exception needs a reason"),
  expires: isoDate,
});

/** One entry of `checks:` (mesh-wide or in a project's section). */
export const checkEntry = z.preprocess(
  (value) => value ?? {},
  z.looseObject({
    title: z.string().min(1).optional(),
    severity: z.enum(["warn", "error"]).optional(),
    error_from: isoDate.optional(),
    enabled: z.boolean().optional(),
    exceptions: z.array(checkException).optional(),
  }),
);

export type CheckEntry = z.infer<typeof checkEntry>;

/** The parameters an entry sets: every key that is not a check field. */
export function pickCheckParams(entry: CheckEntry): Record<string, unknown> {
  const fields = new Set<string>(CHECK_FIELDS);
  return Object.fromEntries(
    Object.entries(entry).filter(([key]) => !fields.has(key)),
  );
}
