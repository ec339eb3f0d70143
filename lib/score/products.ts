import type { SnapshotNode } from "@/lib/mesh/snapshot";

/** Which models are data products, as the policy's `products` section says. */
export type ProductSelector = {
  /** Access levels that make a model a product (default: public). */
  access: string[];
  /** A `meta` key that, set to true, makes a model a product whatever its access; null for none. */
  metaFlag: string | null;
  /** When not empty, only models whose file lies under one of these folders (dbt `path:` prefixes). */
  paths: string[];
};

export const DEFAULT_PRODUCT_SELECTOR: ProductSelector = {
  access: ["public"],
  metaFlag: "data_product",
  paths: [],
};

/**
 * A data product is a model of the project's own package (not an installed
 * package's) whose access the policy lists, or whose `meta` flag is true,
 * and, when the policy names folders, whose file lies under one of them.
 */
export function isDataProduct(
  node: SnapshotNode,
  projectName: string,
  selector: ProductSelector,
): boolean {
  if (node.resourceType !== "model" || node.packageName !== projectName)
    return false;
  const isSelected =
    (node.access !== null && selector.access.includes(node.access)) ||
    (selector.metaFlag !== null && node.meta[selector.metaFlag] === true);
  if (!isSelected) return false;
  if (selector.paths.length === 0) return true;
  const file = normalizePath(node.originalFilePath ?? "");
  return selector.paths.some((prefix) => isUnder(file, normalizePath(prefix)));
}

function normalizePath(value: string): string {
  return value.replaceAll("\\", "/").replace(/^\.\//, "");
}

function isUnder(file: string, prefix: string): boolean {
  if (prefix === "" || prefix === "/") return true;
  const folder = prefix.endsWith("/") ? prefix : `${prefix}/`;
  return file === prefix || file.startsWith(folder);
}
