import { expect, test } from "vitest";
import { pairOwners } from "./owner-pairs";

test.each([
  { owners: [], expected: [] },
  {
    owners: ["Core Commerce Data", "core@x.example"],
    expected: [{ name: "Core Commerce Data", email: "core@x.example" }],
  },
  {
    owners: ["Core", "core@x.example", "ann@x.example", "Checkout squad"],
    expected: [
      { name: "Core", email: "core@x.example" },
      { name: null, email: "ann@x.example" },
      { name: "Checkout squad", email: null },
    ],
  },
])("pairOwners($owners)", ({ owners, expected }) => {
  expect(pairOwners(owners)).toEqual(expected);
});
