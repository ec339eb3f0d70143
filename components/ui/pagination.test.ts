import { expect, test } from "vitest";
import { getPageWindow } from "./pagination";

test.each([
  [1, 1, [1]],
  [1, 2, [1, 2]],
  [1, 5, [1, 2, null, 5]],
  [3, 5, [1, 2, 3, 4, 5]],
  [5, 10, [1, null, 4, 5, 6, null, 10]],
  [10, 10, [1, null, 9, 10]],
  [2, 800, [1, 2, 3, null, 800]],
])("page %d of %d shows %j", (page, pageCount, expected) => {
  expect(getPageWindow(page, pageCount)).toEqual(expected);
});
