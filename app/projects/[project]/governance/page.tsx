import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GovernanceView } from "@/components/governance/governance-view";
import { hasProject } from "@/lib/db/queries/exists";
import { getGovernance } from "@/lib/db/queries/governance";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await decodeParams(params);
  return {
    title: `Governance · ${project}`,
    description: `Mesh-wide governance checks of ${project}: violations, owners, fixes and exceptions.`,
  };
}

export default async function ProjectGovernancePage({ params }: Props) {
  const { project } = await decodeParams(params);
  if (!(await hasProject(project))) notFound();
  return (
    <GovernanceView view={await getGovernance(project)} project={project} />
  );
}
