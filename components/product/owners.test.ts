import { describe, expect, test } from "vitest";
import { listProductOwners } from "./owners";

const KEYS = ["owner", "owners", "team"];
const GROUP = {
  name: "core_commerce",
  ownerName: "Core Commerce Data",
  ownerEmail: "core-commerce-data@larkspur.example",
};

describe("listProductOwners", () => {
  test("the group owner first, then meta owners; the same owner once", () => {
    expect(
      listProductOwners(
        {
          group: GROUP,
          meta: {
            owner: "core-commerce-data@larkspur.example",
            team: "Checkout squad",
          },
        },
        KEYS,
      ),
    ).toEqual([
      {
        name: "Core Commerce Data",
        email: "core-commerce-data@larkspur.example",
        url: null,
        source: "group core_commerce",
        key: "core-commerce-data@larkspur.example",
      },
      {
        name: "Checkout squad",
        email: null,
        url: null,
        source: "meta.team",
        key: "Checkout squad",
      },
    ]);
  });

  test.each([
    {
      what: "a list and {name, email} objects",
      meta: {
        owners: ["a@x.example", { name: "B Team", email: "b@x.example" }],
      },
      expected: [
        ["a@x.example", null, "a@x.example"],
        ["b@x.example", "B Team", "b@x.example"],
      ],
    },
    {
      what: "comma-separated text",
      meta: { owner: "Ann, bob@x.example" },
      expected: [
        [null, "Ann", "Ann"],
        ["bob@x.example", null, "bob@x.example"],
      ],
    },
    {
      what: "a web page is a link, never an owner page",
      meta: { owner: "https://teams.example/data" },
      expected: [[null, null, null]],
    },
    {
      what: "a javascript: URL stays a name (shown as text)",
      meta: { owner: "javascript:alert(1)" },
      expected: [[null, "javascript:alert(1)", "javascript:alert(1)"]],
    },
    {
      what: "an email with markup in it is not an address",
      meta: { owner: '"><img src=x>@example.com' },
      expected: [
        [null, '"><img src=x>@example.com', '"><img src=x>@example.com'],
      ],
    },
    {
      what: "keys the policy does not read",
      meta: { lead: "Ann" },
      expected: [],
    },
  ])("$what", ({ meta, expected }) => {
    expect(
      listProductOwners({ group: null, meta }, KEYS).map((o) => [
        o.email,
        o.name,
        o.key,
      ]),
    ).toEqual(expected);
  });

  test("a web page owner keeps its URL", () => {
    const [owner] = listProductOwners(
      { group: null, meta: { owner: "https://teams.example/data" } },
      KEYS,
    );
    expect(owner?.url).toBe("https://teams.example/data");
  });
});
