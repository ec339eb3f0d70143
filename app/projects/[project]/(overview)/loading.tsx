import { ProjectSkeleton } from "@/components/project/project-skeleton";

export default function Loading() {
  return <ProjectSkeleton />;
}
