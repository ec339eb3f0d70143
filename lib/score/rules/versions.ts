import { z } from "zod";
import { compareVersions } from "@/lib/artifacts/versions";
import type { VersionFact } from "../types";
import {
  defineRuleKind,
  fail,
  listSome,
  notApplicable,
  pass,
  plural,
} from "../rule-kind";

function day(timestamp: string): string {
  return timestamp.slice(0, 10);
}

function isPast(timestamp: string, now: Date): boolean {
  return Date.parse(timestamp) < now.getTime();
}

function checkOlderVersions(versions: VersionFact[], latest: string): string[] {
  return versions
    .filter(
      (v) =>
        compareVersions(v.version, latest) < 0 && v.deprecationDate === null,
    )
    .map((v) => `v${v.version}`);
}

export const VERSIONS_HYGIENE = defineRuleKind({
  id: "versions-hygiene",
  title: "Versions deprecated in order",
  defaultLevel: "silver",
  advice:
    "When a new version becomes latest, give every older version a `deprecation_date` so consumers get warnings and time to move; remove a version once its date has passed.",
  params: z.object({}),
  check: ({ node, versions }, _params, { now }) => {
    const deprecation = node.deprecationDate;
    if (node.version === null) {
      if (deprecation === null)
        return notApplicable("not versioned, no deprecation date");
      return isPast(deprecation, now)
        ? fail(`deprecated since ${day(deprecation)} and still published`)
        : pass(`deprecation announced for ${day(deprecation)}`);
    }
    const version = `v${node.version}`;
    const latest = node.latestVersion ?? node.version;
    const order = compareVersions(node.version, latest);
    if (order > 0)
      return pass(`${version} is a prerelease; latest is v${latest}`);
    if (order < 0) {
      if (deprecation === null)
        return fail(
          `${version} is older than the latest v${latest} but has no deprecation_date`,
        );
      return isPast(deprecation, now)
        ? fail(
            `${version} passed its deprecation date ${day(deprecation)} and is still published (latest is v${latest})`,
          )
        : pass(
            `${version} is deprecated on ${day(deprecation)}; latest is v${latest}`,
          );
    }
    if (deprecation !== null && isPast(deprecation, now))
      return fail(
        `${version} is the latest version but was deprecated on ${day(deprecation)}`,
      );
    const undated = checkOlderVersions(versions, latest);
    if (undated.length > 0)
      return fail(
        `older ${listSome(undated)} ${undated.length === 1 ? "has" : "have"} no deprecation_date`,
      );
    const older = versions.filter(
      (v) => compareVersions(v.version, latest) < 0,
    ).length;
    return pass(
      older === 0
        ? `${version} is the only released version`
        : `${version} is latest; ${older} of ${plural(older, "older version")} deprecated`,
    );
  },
});
