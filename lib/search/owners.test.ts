import { describe, expect, test } from "vitest";
import { collectOwners, type OwnerSources } from "./owners";

const none: OwnerSources = { group: null, meta: {}, exposureOwner: null };

describe("collectOwners", () => {
  test.each<{ name: string; sources: OwnerSources; expected: string[] }>([
    { name: "nothing", sources: none, expected: [] },
    {
      name: "a group owner with name and email is shown by name",
      sources: {
        ...none,
        group: { ownerName: "Finance", ownerEmail: "fin@x.io" },
      },
      expected: ["Finance"],
    },
    {
      name: "meta.owner repeating the group email is the same owner",
      sources: {
        group: { ownerName: "Finance", ownerEmail: "Fin@X.io" },
        meta: { owner: "fin@x.io" },
        exposureOwner: null,
      },
      expected: ["Finance"],
    },
    {
      name: "owners lists, objects and team, trimmed and deduplicated ignoring case",
      sources: {
        ...none,
        meta: {
          owner: "  Ana   Lima ",
          owners: ["ana lima", { name: "Bo", email: "BO@x.io" }, 3, ""],
          team: "Growth",
        },
      },
      expected: ["Ana Lima", "Bo", "Growth"],
    },
    {
      name: "an exposure's owner",
      sources: { ...none, exposureOwner: { name: null, email: "Ops@x.io" } },
      expected: ["ops@x.io"],
    },
    {
      name: "a bare email of one of the project's groups is shown by the group owner's name",
      sources: {
        ...none,
        meta: { owner: "fin@x.io" },
        directory: [{ ownerName: "Finance", ownerEmail: "fin@x.io" }],
      },
      expected: ["Finance"],
    },
  ])("$name", ({ sources, expected }) => {
    expect(collectOwners(sources)).toEqual(expected);
  });
});
