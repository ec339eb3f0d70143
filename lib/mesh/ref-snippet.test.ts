import { expect, test } from "vitest";
import {
  buildRefOptions,
  buildRefSnippet,
  type RefTarget,
} from "./ref-snippet";

const BASE: RefTarget = {
  project: "finance",
  name: "fct_invoices",
  version: null,
  latestVersion: null,
  access: "public",
};

test.each([
  [{}, "{{ ref('finance', 'fct_invoices') }}", "From any project in the mesh"],
  [{ access: "protected" }, "{{ ref('fct_invoices') }}", "Inside finance"],
  [
    { access: "private" },
    "{{ ref('fct_invoices') }}",
    "Inside finance, from models of the same group",
  ],
  [
    { name: "dim_customers", version: "2", latestVersion: "2" },
    "{{ ref('finance', 'dim_customers') }}",
    "From any project in the mesh",
  ],
  [
    { name: "dim_customers", version: "1", latestVersion: "2" },
    "{{ ref('finance', 'dim_customers', v=1) }}",
    "From any project in the mesh",
  ],
  [
    { version: "beta", latestVersion: "2" },
    "{{ ref('finance', 'fct_invoices', v='beta') }}",
    "From any project in the mesh",
  ],
  [
    { name: "o'brien" },
    "{{ ref('finance', 'o\\'brien') }}",
    "From any project in the mesh",
  ],
] as const)("%j → %s", (override, code, scope) => {
  expect(buildRefSnippet({ ...BASE, ...override })).toEqual({ code, scope });
});

test.each([
  [{}, [["Ref", "{{ ref('finance', 'fct_invoices') }}"]]],
  [
    { version: "2", latestVersion: "2" },
    [
      ["Latest version", "{{ ref('finance', 'fct_invoices') }}"],
      ["Pinned to v2", "{{ ref('finance', 'fct_invoices', v=2) }}"],
    ],
  ],
  [
    { version: "1", latestVersion: "2" },
    [
      ["Pinned to v1", "{{ ref('finance', 'fct_invoices', v=1) }}"],
      ["Latest version", "{{ ref('finance', 'fct_invoices') }}"],
    ],
  ],
  [
    { version: "2", latestVersion: "2", access: "protected" },
    [
      ["Latest version", "{{ ref('fct_invoices') }}"],
      ["Pinned to v2", "{{ ref('fct_invoices', v=2) }}"],
    ],
  ],
] as const)("buildRefOptions(%j)", (override, expected) => {
  expect(
    buildRefOptions({ ...BASE, ...override }).map((o) => [o.title, o.code]),
  ).toEqual(expected);
});
