import { describe, expect, test } from "vitest";
import { parseUniqueId } from "./edges";

describe("parseUniqueId", () => {
  test.each([
    {
      id: "model.shop.orders",
      expected: {
        resourceType: "model",
        packageName: "shop",
        name: "orders",
        version: null,
      },
    },
    {
      id: "model.shop.orders.v2",
      expected: {
        resourceType: "model",
        packageName: "shop",
        name: "orders",
        version: "2",
      },
    },
    {
      id: "source.shop.raw.orders",
      expected: {
        resourceType: "source",
        packageName: "shop",
        name: "raw.orders",
        version: null,
      },
    },
    {
      id: "seed.shop.v1",
      expected: {
        resourceType: "seed",
        packageName: "shop",
        name: "v1",
        version: null,
      },
    },
  ])("$id", ({ id, expected }) => {
    expect(parseUniqueId(id)).toEqual(expected);
  });
});
