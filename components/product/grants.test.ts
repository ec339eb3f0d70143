import { expect, test } from "vitest";
import { readGrants } from "./grants";

test.each([
  { config: {}, expected: [] },
  { config: { grants: "select" }, expected: [] },
  {
    config: { grants: { select: ["reporter", "analyst"], insert: "loader" } },
    expected: [
      { privilege: "insert", grantees: ["loader"], isAdditive: false },
      {
        privilege: "select",
        grantees: ["reporter", "analyst"],
        isAdditive: false,
      },
    ],
  },
  {
    config: { grants: { "+select": ["bi"], delete: [], update: [1, " "] } },
    expected: [{ privilege: "select", grantees: ["bi"], isAdditive: true }],
  },
])("readGrants($config)", ({ config, expected }) => {
  expect(readGrants(config)).toEqual(expected);
});
