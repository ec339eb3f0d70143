import { z } from "zod";
import { webhookSchema } from "@/lib/governance/changes-webhooks";
import { checkEntry } from "@/lib/governance/check-schema";
import { isoDate } from "./iso-date";

/** Fields every rule entry may set; any other key is a parameter of its check. */
export const RULE_FIELDS = [
  "kind",
  "title",
  "level",
  "severity",
  "weight",
  "enabled",
] as const;

const ruleEntry = z.preprocess(
  (value) => value ?? {},
  z.looseObject({
    kind: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    level: z.string().min(1).optional(),
    severity: z.enum(["warn", "error"]).optional(),
    weight: z.number().positive().optional(),
    enabled: z.boolean().optional(),
  }),
);

export type RuleEntry = z.infer<typeof ruleEntry>;

const exception = z.strictObject({
  rule: z.string().min(1),
  product: z.string().min(1),
  project: z.string().min(1).optional(),
  reason: z.string().trim().min(1, "an exception needs a reason"),
  expires: isoDate,
});

const projectSection = z.preprocess(
  (value) => value ?? {},
  z.strictObject({
    rules: z.record(z.string(), ruleEntry).optional(),
    exceptions: z.array(exception.omit({ project: true })).optional(),
    checks: z.record(z.string(), checkEntry).optional(),
  }),
);

/** The shape of catalog-policy.yml; unknown keys are errors, so typos do not pass silently. */
export const policyFileSchema = z.preprocess(
  (value) => value ?? {},
  z.strictObject({
    version: z.literal(1).optional(),
    products: z
      .strictObject({
        access: z
          .array(z.enum(["public", "protected", "private"]))
          .min(1)
          .optional(),
        meta_flag: z.string().min(1).nullable().optional(),
        paths: z.array(z.string()).optional(),
      })
      .optional(),
    levels: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(
              /^[a-z][a-z0-9_-]*$/,
              "a level id is lowercase letters, digits, - or _",
            ),
          title: z.string().min(1).optional(),
          description: z.string().optional(),
        }),
      )
      .min(1)
      .optional(),
    rules: z.record(z.string(), ruleEntry).optional(),
    exceptions: z.array(exception).optional(),
    projects: z.record(z.string(), projectSection).optional(),
    webhooks: z.array(webhookSchema).optional(),
    checks: z.record(z.string(), checkEntry).optional(),
  }),
);

export type PolicyFile = z.infer<typeof policyFileSchema>;
