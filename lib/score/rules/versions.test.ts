import { describe, expect, test } from "vitest";
import type { VersionFact } from "../types";
import { makeFacts, runRule } from "@/tests/score-facts";
import { VERSIONS_HYGIENE } from "./versions";

const v = (
  version: string,
  deprecationDate: string | null = null,
): VersionFact => ({
  version,
  uniqueId: `model.shop.orders.v${version}`,
  deprecationDate,
});
const PAST = "2025-10-31T00:00:00Z";
const FUTURE = "2026-12-31T00:00:00Z";

describe("versions-hygiene", () => {
  const cases: [
    string,
    string | null,
    string | null,
    string | null,
    VersionFact[],
    string,
    string,
  ][] = [
    [
      "unversioned",
      null,
      null,
      null,
      [],
      "not_applicable",
      "not versioned, no deprecation date",
    ],
    [
      "unversioned, deprecation ahead",
      null,
      null,
      FUTURE,
      [],
      "pass",
      "deprecation announced for 2026-12-31",
    ],
    [
      "unversioned, deprecation passed",
      null,
      null,
      PAST,
      [],
      "fail",
      "deprecated since 2025-10-31 and still published",
    ],
    [
      "latest, older deprecated",
      "2",
      "2",
      null,
      [v("1", FUTURE), v("2")],
      "pass",
      "v2 is latest; 1 of 1 older version deprecated",
    ],
    [
      "latest, older not deprecated",
      "3",
      "3",
      null,
      [v("1", FUTURE), v("2"), v("3")],
      "fail",
      "older v2 has no deprecation_date",
    ],
    [
      "the only version",
      "1",
      "1",
      null,
      [v("1")],
      "pass",
      "v1 is the only released version",
    ],
    [
      "older, deprecated ahead",
      "1",
      "2",
      FUTURE,
      [v("1", FUTURE), v("2")],
      "pass",
      "v1 is deprecated on 2026-12-31; latest is v2",
    ],
    [
      "older, undated",
      "1",
      "2",
      null,
      [v("1"), v("2")],
      "fail",
      "v1 is older than the latest v2 but has no deprecation_date",
    ],
    [
      "older, past its date",
      "1",
      "2",
      PAST,
      [v("1", PAST), v("2")],
      "fail",
      "v1 passed its deprecation date 2025-10-31 and is still published (latest is v2)",
    ],
    [
      "a prerelease",
      "3",
      "2",
      null,
      [v("1", FUTURE), v("2"), v("3")],
      "pass",
      "v3 is a prerelease; latest is v2",
    ],
    [
      "latest but deprecated",
      "1",
      "1",
      PAST,
      [v("1", PAST), v("2")],
      "fail",
      "v1 is the latest version but was deprecated on 2025-10-31",
    ],
  ];
  test.each(cases)(
    "%s: %s",
    (
      _case,
      version,
      latestVersion,
      deprecationDate,
      versions,
      status,
      evidence,
    ) => {
      const facts = makeFacts(
        { version, latestVersion, deprecationDate },
        { versions },
      );
      expect(runRule(VERSIONS_HYGIENE, facts)).toEqual({ status, evidence });
    },
  );
});
