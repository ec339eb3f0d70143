import Link from "next/link";
import type { ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProductSummary } from "@/lib/db/queries/product-lists";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { groupUrl, modelUrl, ownerUrl, projectUrl } from "@/lib/urls";
import { LevelBadge } from "./level-badge";
import { pairOwners } from "./owner-pairs";

const LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

/** The owners a row shows: the first two people (a name with its address counts once), the rest counted. */
function OwnerCell({ owners }: { owners: readonly string[] }) {
  const people = pairOwners(owners);
  if (people.length === 0)
    return <span className="text-fg-subtle">No owner</span>;
  const shown = people.slice(0, 2);
  return (
    <span className="flex flex-col">
      {shown.map((person) => {
        const key = person.email ?? person.name ?? "";
        return (
          <Link
            key={key}
            href={ownerUrl(key)}
            title={person.name && person.email ? person.email : undefined}
            className="whitespace-nowrap text-fg-muted hover:text-accent hover:underline hover:underline-offset-4"
          >
            {person.name ?? person.email}
          </Link>
        );
      })}
      {people.length > shown.length ? (
        <span className="text-xs text-fg-subtle">
          and {people.length - shown.length} more
        </span>
      ) : null}
    </span>
  );
}

export type ProductSection = {
  key: string;
  /** A row above the section's products: a level and its count. */
  heading: ReactNode;
  products: readonly ProductSummary[];
  /** What the section says when it holds no product. */
  empty?: string;
};

type Columns = {
  isProjectShown: boolean;
  isOwnerShown: boolean;
  isGroupShown: boolean;
};

function ProductRow({
  product,
  levels,
  columns,
}: {
  product: ProductSummary;
  levels: readonly PolicyLevel[];
  columns: Columns;
}) {
  return (
    <TableRow>
      <TableCell isMono className="whitespace-nowrap">
        <Link
          href={modelUrl(product.project, product.name, product.version)}
          className={LINK}
        >
          {product.name}
          {product.version ? ` v${product.version}` : ""}
        </Link>
      </TableCell>
      {columns.isProjectShown ? (
        <TableCell>
          <Link href={projectUrl(product.project)} className={LINK}>
            {product.project}
          </Link>
        </TableCell>
      ) : null}
      <TableCell>
        <LevelBadge level={product.level} levels={levels} />
      </TableCell>
      <TableCell isNumeric className="font-medium">
        {product.score}
      </TableCell>
      <TableCell
        isNumeric
        className={product.failing > 0 ? "text-fg" : "text-fg-subtle"}
      >
        {product.failing}
      </TableCell>
      {columns.isGroupShown ? (
        <TableCell>
          {product.groupName ? (
            <Link
              href={groupUrl(product.project, product.groupName)}
              className="text-fg-muted hover:text-accent hover:underline hover:underline-offset-4"
            >
              {product.groupName}
            </Link>
          ) : (
            <span className="text-fg-subtle">—</span>
          )}
        </TableCell>
      ) : null}
      {columns.isOwnerShown ? (
        <TableCell>
          <OwnerCell owners={product.owners} />
        </TableCell>
      ) : null}
    </TableRow>
  );
}

/**
 * Data products with their maturity, best first: level and score, how many
 * rules each fails, its group and owners (each a link to its own page).
 * With `sections`, one table keeps its columns aligned across groups of
 * products (the levels of a scoreboard), each under a heading row.
 */
export function ProductTable({
  label,
  products = [],
  sections,
  levelsOf,
  isProjectShown = false,
  isOwnerShown = true,
  isGroupShown = true,
}: {
  label: string;
  products?: readonly ProductSummary[];
  sections?: readonly ProductSection[];
  /** The policy levels of a product's project. */
  levelsOf: (project: string) => readonly PolicyLevel[];
  isProjectShown?: boolean;
  isOwnerShown?: boolean;
  isGroupShown?: boolean;
}) {
  const columns = { isProjectShown, isOwnerShown, isGroupShown };
  const width =
    4 + Number(isProjectShown) + Number(isOwnerShown) + Number(isGroupShown);
  const rows = (list: readonly ProductSummary[]) =>
    list.map((product) => (
      <ProductRow
        key={`${product.project}:${product.uniqueId}`}
        product={product}
        levels={levelsOf(product.project)}
        columns={columns}
      />
    ));
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Data product</TableHeaderCell>
          {isProjectShown ? <TableHeaderCell>Project</TableHeaderCell> : null}
          <TableHeaderCell>Level</TableHeaderCell>
          <TableHeaderCell align="right">Score</TableHeaderCell>
          <TableHeaderCell align="right">Failing rules</TableHeaderCell>
          {isGroupShown ? <TableHeaderCell>Group</TableHeaderCell> : null}
          {isOwnerShown ? <TableHeaderCell>Owners</TableHeaderCell> : null}
        </TableRow>
      </TableHead>
      {sections ? (
        sections.map((section) => (
          <TableBody key={section.key} className="border-t border-border">
            <TableRow>
              <TableHeaderCell
                scope="colgroup"
                colSpan={width}
                className="bg-surface-muted/40 py-2"
              >
                {section.heading}
              </TableHeaderCell>
            </TableRow>
            {section.products.length > 0 ? (
              rows(section.products)
            ) : (
              <TableRow>
                <TableCell colSpan={width} className="text-fg-subtle">
                  {section.empty ?? "None"}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        ))
      ) : (
        <TableBody>{rows(products)}</TableBody>
      )}
    </Table>
  );
}
