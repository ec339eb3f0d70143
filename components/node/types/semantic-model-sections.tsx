import { Section } from "@/components/ui/section";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { DetailsOf } from "@/lib/artifacts/node-details";

function Empty() {
  return <span className="text-fg-subtle">—</span>;
}

/** A semantic model: the model it reads, and its entities, dimensions and measures. */
export function SemanticModelSections({
  semantic,
}: {
  semantic: DetailsOf<"semantic_model">;
}) {
  return (
    <>
      <Section
        id="entities"
        title="Entities"
        description={
          semantic.model ? (
            <>
              Built on{" "}
              <code className="font-mono text-xs">{semantic.model}</code>.
            </>
          ) : undefined
        }
      >
        <Table label="Entities">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Entity</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Expression</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {semantic.entities.map((entity) => (
              <TableRow key={entity.name}>
                <TableCell isMono>{entity.name}</TableCell>
                <TableCell>{entity.type ?? <Empty />}</TableCell>
                <TableCell isMono>{entity.expr ?? <Empty />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section id="dimensions" title="Dimensions">
        <Table label="Dimensions">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Dimension</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Granularity</TableHeaderCell>
              <TableHeaderCell>Expression</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {semantic.dimensions.map((dimension) => (
              <TableRow key={dimension.name}>
                <TableCell isMono>{dimension.name}</TableCell>
                <TableCell>{dimension.type ?? <Empty />}</TableCell>
                <TableCell>{dimension.granularity ?? <Empty />}</TableCell>
                <TableCell isMono>{dimension.expr ?? <Empty />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section id="measures" title="Measures">
        <Table label="Measures">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Measure</TableHeaderCell>
              <TableHeaderCell>Aggregation</TableHeaderCell>
              <TableHeaderCell>Expression</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {semantic.measures.map((measure) => (
              <TableRow key={measure.name}>
                <TableCell isMono>{measure.name}</TableCell>
                <TableCell>{measure.agg ?? <Empty />}</TableCell>
                <TableCell isMono>{measure.expr ?? measure.name}</TableCell>
                <TableCell className="text-fg-muted">
                  {measure.description ?? <Empty />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}
