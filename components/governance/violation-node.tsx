import Link from "next/link";
import { nodeUrl } from "@/lib/urls";

/** `model.finance.fct_revenue.v2` as a link to its page, in the project that holds it. */
export function ViolationNode({
  project,
  uniqueId,
}: {
  project: string;
  uniqueId: string;
}) {
  const [resourceType = "", , name = uniqueId, version] = uniqueId.split(".");
  const href = nodeUrl({
    project,
    uniqueId,
    resourceType,
    name,
    version:
      resourceType === "model" && version?.startsWith("v")
        ? version.slice(1)
        : null,
  });
  return (
    <Link
      href={href}
      className="font-mono text-[12px] text-accent hover:underline break-all"
    >
      {uniqueId}
    </Link>
  );
}
