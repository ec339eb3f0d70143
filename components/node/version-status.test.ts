import { expect, test } from "vitest";
import { getVersionStatus } from "./version-status";

test.each([
  { version: "2", latest: "2", date: null, expected: "latest" },
  { version: "3", latest: "2", date: null, expected: "prerelease" },
  { version: "10", latest: "9", date: null, expected: "prerelease" },
  { version: "1", latest: "2", date: null, expected: "older" },
  {
    version: "1",
    latest: "2",
    date: "2027-01-20T00:00:00.000Z",
    expected: "deprecated",
  },
  { version: "1", latest: null, date: null, expected: "older" },
])(
  "v$version of latest $latest, deprecated $date: $expected",
  ({ version, latest, date, expected }) => {
    expect(getVersionStatus(version, latest, date)).toBe(expected);
  },
);
