import { PackageOpen } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import type { ProductSelector } from "@/lib/score/products";
import { describeAccess } from "./access-section";
import { listProductSteps } from "./product-criteria";
import { TextWithCode } from "./text-with-code";

/** On a model that is not a data product: what it would take to make it one. */
export function NotAProductCard({
  model,
  selector,
}: {
  model: NodeDetail;
  selector: ProductSelector;
}) {
  const steps = listProductSteps(model, selector);
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            <PackageOpen aria-hidden className="size-4 text-fg-subtle" />
            Not a data product
          </span>
        }
        description={describeAccess(model)}
      />
      <CardBody className="flex flex-col gap-2 text-[13px] text-fg-muted">
        <p>
          Data products are what other domains build on: they get a maturity
          score, SLAs and a list of consumers. To make this model one:
        </p>
        <ul className="flex list-disc flex-col gap-1 pl-5">
          {steps.map((step) => (
            <li key={step}>
              <TextWithCode text={step} />
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
