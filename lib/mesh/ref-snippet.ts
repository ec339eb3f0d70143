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
  return buildRef(target, isPinned ? target.version : null);
}

function buildRef(target: RefTarget, pin: string | null): RefSnippet {
  const version = pin === null ? "" : `, v=${formatVersion(pin)}`;
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

export type RefOption = RefSnippet & {
  /** "Latest version" or "Pinned to v2". */
  title: string;
  /** What choosing this form means for the consumer. */
  note: string;
};

/**
 * Every way to ref a model: one form when it is unversioned; for a versioned
 * model, the unpinned ref (which follows `latest_version`) and the ref pinned
 * to the version on the page, the one that matches the page listed first.
 */
export function buildRefOptions(target: RefTarget): RefOption[] {
  if (target.version === null)
    return [
      {
        ...buildRef(target, null),
        title: "Ref",
        note: "Paste into a model's SQL.",
      },
    ];
  const latest = target.latestVersion;
  const unpinned: RefOption = {
    ...buildRef(target, null),
    title: "Latest version",
    note: latest
      ? `Follows the latest version (v${latest} today) and moves when a new one becomes latest.`
      : "Follows the latest version.",
  };
  const pinned: RefOption = {
    ...buildRef(target, target.version),
    title: `Pinned to v${target.version}`,
    note: `Stays on v${target.version} until you change it; dbt warns as its deprecation date nears.`,
  };
  return target.version === latest ? [unpinned, pinned] : [pinned, unpinned];
}
