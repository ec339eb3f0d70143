import type { Metadata } from "next";
import { GovernanceView } from "@/components/governance/governance-view";
import { getGovernance } from "@/lib/db/queries/governance";

export const metadata: Metadata = {
  title: "Governance",
  description:
    "Mesh-wide governance checks: violations by check and severity, owners, fixes, exceptions and the trend across ingests.",
};

export default async function GovernancePage() {
  return <GovernanceView view={await getGovernance()} />;
}
