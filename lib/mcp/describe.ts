import { formatSeconds } from "@/lib/score/duration";

/** How answers name a node: `project.name`, with its version when it has one. */
export function nameNode(node: {
  project: string;
  name: string;
  version?: string | null;
}): string {
  const version = node.version ? ` v${node.version}` : "";
  return `${node.project}.${node.name}${version}`;
}

/** Text on one line, at most `max` characters (descriptions run to pages). */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** "3 hours ago" from an age in seconds; "at an unknown time" without one. */
export function describeAge(ageSeconds: number | null): string {
  return ageSeconds === null
    ? "at an unknown time"
    : `${formatSeconds(ageSeconds)} ago`;
}

/** The key of a lineage node (`project:unique_id`) as answers name it. */
export function nameNodeKey(key: string): string {
  const colon = key.indexOf(":");
  if (colon < 0) return key;
  const project = key.slice(0, colon);
  const parts = key.slice(colon + 1).split(".");
  const version = /^v\d/.test(parts.at(-1) ?? "") ? parts.pop() : undefined;
  const name = parts.slice(2).join(".") || key.slice(colon + 1);
  return `${project}.${name}${version ? ` ${version}` : ""}`;
}

/** "1 join", "3 joins", "2 matches". */
export function plural(
  count: number,
  noun: string,
  nouns: string = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
