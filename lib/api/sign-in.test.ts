import { expect, test } from "vitest";
import { readReturnTo } from "./sign-in";

test.each([
  { value: null, path: "/" },
  { value: "/projects/finance?tab=1", path: "/projects/finance?tab=1" },
  { value: "//evil.example/x", path: "/" },
  { value: "/\\evil.example", path: "/" },
  { value: "https://evil.example", path: "/" },
  { value: "projects", path: "/" },
])("returnTo $value → $path", ({ value, path }) => {
  expect(readReturnTo(value)).toBe(path);
});
