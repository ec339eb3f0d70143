import { describe, expect, test } from "vitest";
import type { RoleMapping } from "@/lib/env";
import { canMaintain, resolveAccess } from "./roles";

const MAPPING: RoleMapping = {
  readerGroups: ["staff"],
  adminGroups: ["platform"],
  maintainerGroups: [
    { group: "team-a", project: "project_a" },
    { group: "team-b", project: "project_b" },
    { group: "team-ab", project: "project_a" },
    { group: "team-ab", project: "project_b" },
  ],
};

describe("resolveAccess", () => {
  test.each([
    { groups: [], reader: false, admin: false, maintains: [] },
    { groups: ["staff"], reader: true, admin: false, maintains: [] },
    {
      groups: ["team-a"],
      reader: true,
      admin: false,
      maintains: ["project_a"],
    },
    {
      groups: ["team-ab", "team-a"],
      reader: true,
      admin: false,
      maintains: ["project_a", "project_b"],
    },
    { groups: ["platform"], reader: true, admin: true, maintains: [] },
  ])("$groups", ({ groups, reader, admin, maintains }) => {
    expect(resolveAccess(groups, MAPPING)).toEqual({
      isReader: reader,
      isAdmin: admin,
      maintains,
    });
  });

  test("without reader groups, everyone who signs in reads", () => {
    expect(resolveAccess([], { ...MAPPING, readerGroups: null }).isReader).toBe(
      true,
    );
  });

  test("admins maintain every project; maintainers only theirs", () => {
    expect(canMaintain(resolveAccess(["platform"], MAPPING), "anything")).toBe(
      true,
    );
    const a = resolveAccess(["team-a"], MAPPING);
    expect(canMaintain(a, "project_a")).toBe(true);
    expect(canMaintain(a, "project_b")).toBe(false);
  });
});
