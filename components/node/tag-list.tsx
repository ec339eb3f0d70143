import { Tag } from "lucide-react";
import { Pill } from "@/components/ui/badge";

/** A node's dbt tags as pills. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap items-center gap-1.5">
      {tags.map((tag) => (
        <li key={tag}>
          <Pill icon={Tag}>{tag}</Pill>
        </li>
      ))}
    </ul>
  );
}
