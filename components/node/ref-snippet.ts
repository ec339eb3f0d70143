export type RefTarget = {
  project: string;
  name: string;
  version: string | null;
  latestVersion: string | null;
  access: string | null;
};

export type RefSnippet = {
  /** Jinja to paste into a model. */
  code: string;
  /** Where this ref works: "Any project in the mesh", "Inside finance". */
  scope: string;
};

function quote(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

function formatVersion(version: string): string {
  return /^\d+(\.\d+)?$/.test(version) ? version : quote(version);
}

/**
 * How to ref a model: public models with dbt Mesh's two-argument ref from any
 * project; others by name only, inside their own project. A version that is
 * not the latest is pinned with `v=`; the latest is left unpinned, which is
 * what an unpinned ref resolves to anyway.
 */
export function buildRefSnippet(target: RefTarget): RefSnippet {
  const isPinned =
    target.version !== null && target.version !== target.latestVersion;
  const version =
    isPinned && target.version !== null
      ? `, v=${formatVersion(target.version)}`
      : "";
  if (target.access === "public")
    return {
      code: `{{ ref(${quote(target.project)}, ${quote(target.name)}${version}) }}`,
      scope: "From any project in the mesh",
    };
  return {
    code: `{{ ref(${quote(target.name)}${version}) }}`,
    scope:
      target.access === "private"
        ? `Inside ${target.project}, from models of the same group`
        : `Inside ${target.project}`,
  };
}
