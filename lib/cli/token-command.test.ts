import { describe, expect, test } from "vitest";
import {
  formatTokenTable,
  parseTokenCommand,
  UsageError,
  type TokenCommand,
} from "./token-command";

describe("parseTokenCommand", () => {
  test.each<{ argv: string[]; command: TokenCommand }>([
    {
      argv: ["create", "--project", "upstream"],
      command: { name: "create", project: "upstream", label: null },
    },
    {
      argv: ["create", "--project=jaffle_shop", "--label", "  nightly CI  "],
      command: { name: "create", project: "jaffle_shop", label: "nightly CI" },
    },
    {
      argv: ["create", "--admin", "--label", "platform"],
      command: { name: "create", project: null, label: "platform" },
    },
    { argv: ["revoke", "12"], command: { name: "revoke", id: 12 } },
    { argv: ["list"], command: { name: "list" } },
    { argv: ["--help"], command: { name: "help" } },
    { argv: ["create", "-h"], command: { name: "help" } },
  ])("$argv", ({ argv, command }) => {
    expect(parseTokenCommand(argv)).toEqual(command);
  });

  test.each([
    { argv: [], message: "no command given" },
    { argv: ["rotate"], message: 'unknown command "rotate"' },
    { argv: ["create"], message: "give --project NAME (or --admin" },
    {
      argv: ["create", "--admin", "--project", "upstream"],
      message: "give --project NAME or --admin, not both",
    },
    {
      argv: ["create", "--project", "my-project"],
      message: '--project "my-project" is not a dbt project name',
    },
    {
      argv: ["create", "--project", "9lives"],
      message: '--project "9lives" is not a dbt project name',
    },
    { argv: ["create", "--project"], message: "argument missing" },
    { argv: ["create", "--proj", "x"], message: "Unknown option '--proj'" },
    {
      argv: ["create", "--admin", "extra"],
      message: 'create takes no argument "extra"',
    },
    { argv: ["revoke"], message: "revoke needs a token id" },
    { argv: ["revoke", "abc"], message: '"abc" is not a token id' },
    { argv: ["revoke", "0"], message: '"0" is not a token id' },
    { argv: ["revoke", "1", "2"], message: "revoke takes one token id, got 2" },
    { argv: ["revoke", "1", "--admin"], message: "revoke takes no --admin" },
    { argv: ["list", "--project", "x"], message: "list takes no --project" },
  ])("refuses $argv", ({ argv, message }) => {
    expect(() => parseTokenCommand(argv)).toThrow(UsageError);
    expect(() => parseTokenCommand(argv)).toThrow(message);
  });
});

describe("formatTokenTable", () => {
  test("lays out one aligned row per token, with scope and dates", () => {
    const table = formatTokenTable([
      {
        id: 1,
        project: null,
        label: "platform",
        createdAt: new Date("2026-01-02T03:04:05.678Z"),
        lastUsedAt: null,
        revokedAt: null,
      },
      {
        id: 12,
        project: "upstream",
        label: null,
        createdAt: new Date("2026-01-03T00:00:00Z"),
        lastUsedAt: new Date("2026-01-04T10:00:00Z"),
        revokedAt: new Date("2026-01-05T11:30:00Z"),
      },
    ]);
    expect(table.split("\n")).toEqual([
      "ID  SCOPE             LABEL     CREATED               LAST USED             REVOKED",
      "1   admin             platform  2026-01-02 03:04:05Z  never",
      "12  project:upstream            2026-01-03 00:00:00Z  2026-01-04 10:00:00Z  2026-01-05 11:30:00Z",
    ]);
  });

  test("says how to make the first token when there is none", () => {
    expect(formatTokenTable([])).toMatch(/^No tokens yet/);
  });
});
