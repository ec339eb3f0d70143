import { z } from "zod";
import {
  defineRuleKind,
  fail,
  listSome,
  notApplicable,
  pass,
  plural,
} from "../rule-kind";

const PLACEHOLDERS =
  /^(todo|tbd|tba|fixme|wip|n\/?a|none|description|-+|\.+)[.!]*$/i;

export const HAS_DESCRIPTION = defineRuleKind({
  id: "has-description",
  title: "Described at model level",
  defaultLevel: "bronze",
  advice:
    "Write a `description` that says what one row is, what the product is for and what it is not for; a doc block (`{{ doc('...') }}`) keeps long text reusable.",
  params: z.object({
    /** Fewest characters a description may have. */
    min_length: z.number().int().nonnegative().default(30),
  }),
  tighten: { min_length: "raise" },
  check: ({ node }, { min_length }) => {
    const text = node.description.trim();
    if (text.length === 0) return fail("no description");
    if (
      PLACEHOLDERS.test(text) ||
      text.toLowerCase() === node.name.toLowerCase()
    )
      return fail(`the description is a placeholder: "${text}"`);
    if (text.length < min_length)
      return fail(
        `the description has ${text.length} characters ("${text}"); the policy asks for at least ${min_length}`,
      );
    return pass(`${text.length} characters of description`);
  },
});

export const COLUMNS_DOCUMENTED = defineRuleKind({
  id: "columns-documented",
  title: "Columns documented",
  defaultLevel: "silver",
  advice:
    "Give every column a `description` in the model's YAML (a doc block works for columns shared across models).",
  params: z.object({
    /** Share of columns that must have a description, in percent. */
    min_percent: z.number().min(0).max(100).default(100),
  }),
  tighten: { min_percent: "raise" },
  check: ({ node, artifacts }, { min_percent }) => {
    const columns = node.columns;
    if (columns.length === 0)
      return fail(
        artifacts.hasCatalog
          ? "no columns are declared in YAML and catalog.json lists none"
          : "no columns are declared in YAML (and no catalog.json was given)",
      );
    const undocumented = columns
      .filter((c) => c.description.trim().length === 0)
      .map((c) => c.name);
    const documented = columns.length - undocumented.length;
    const percent = (documented / columns.length) * 100;
    if (undocumented.length === 0)
      return pass(
        `${columns.length} of ${plural(columns.length, "column")} documented`,
      );
    const evidence = `${undocumented.length} of ${plural(columns.length, "column")} undocumented: ${listSome(undocumented)}`;
    return percent >= min_percent
      ? pass(
          `${evidence} (${Math.floor(percent)}% documented, ${min_percent}% required)`,
        )
      : fail(evidence);
  },
});

export const UPSTREAM_SOURCES_DOCUMENTED = defineRuleKind({
  id: "upstream-sources-documented",
  title: "Upstream sources documented",
  defaultLevel: "gold",
  advice:
    "Describe each source table the product is built from (`sources:` YAML, `description` per table), so that users can trace its data to where it comes from.",
  params: z.object({}),
  check: ({ upstream }) => {
    const { sources } = upstream;
    if (sources.length === 0)
      return notApplicable("no sources upstream in this project");
    const undocumented = sources
      .filter((s) => s.description.trim().length === 0)
      .map((s) => s.name);
    if (undocumented.length === 0)
      return pass(
        `${sources.length} of ${plural(sources.length, "upstream source")} documented`,
      );
    return fail(
      `${undocumented.length} of ${plural(sources.length, "upstream source")} undocumented: ${listSome(undocumented)}`,
    );
  },
});
