import { expect, test } from "vitest";
import { DEFAULT_PRODUCT_SELECTOR } from "@/lib/score/products";
import { listProductSteps } from "./product-criteria";

const MODEL = {
  packageName: "platform",
  project: "platform",
  access: "protected",
};

test.each([
  {
    what: "default policy, a protected model",
    model: MODEL,
    selector: DEFAULT_PRODUCT_SELECTOR,
    expected: [
      "Set `access: public` (after a review of who may ref it) or set `meta: {data_product: true}` in its YAML.",
    ],
  },
  {
    what: "a policy without a meta flag, folders required",
    model: { ...MODEL, access: "public" },
    selector: { access: ["public"], metaFlag: null, paths: ["models/marts"] },
    expected: [
      "Keep its file under `models/marts`: the policy counts products only there.",
    ],
  },
  {
    what: "an installed package's model",
    model: { ...MODEL, packageName: "dbt_utils" },
    selector: DEFAULT_PRODUCT_SELECTOR,
    expected: [
      "It comes from the installed package dbt_utils: only a project's own models are its products.",
    ],
  },
])("$what", ({ model, selector, expected }) => {
  expect(listProductSteps(model, selector)).toEqual(expected);
});
