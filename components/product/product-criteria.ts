import type { ProductSelector } from "@/lib/score/products";

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

/**
 * What makes a model a data product under the policy, as steps a team can
 * take: "Set `access: public`", "or set `meta: {data_product: true}`", and
 * the folders it must live in when the policy names any.
 */
export function listProductSteps(
  model: { packageName: string; project: string; access: string | null },
  selector: ProductSelector,
): string[] {
  if (model.packageName !== model.project)
    return [
      `It comes from the installed package ${model.packageName}: only a project's own models are its products.`,
    ];
  const steps: string[] = [];
  const isSelectedByAccess =
    model.access !== null && selector.access.includes(model.access);
  if (!isSelectedByAccess) {
    const ways = [
      ...(selector.access.length > 0
        ? [
            `set \`access: ${joinOr(selector.access)}\` (after a review of who may ref it)`,
          ]
        : []),
      ...(selector.metaFlag
        ? [`set \`meta: {${selector.metaFlag}: true}\``]
        : []),
    ];
    if (ways.length > 0) steps.push(`${capitalize(joinOr(ways))} in its YAML.`);
  }
  if (selector.paths.length > 0)
    steps.push(
      `Keep its file under ${joinOr(selector.paths.map((p) => `\`${p}\``))}: the policy counts products only there.`,
    );
  return steps;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
