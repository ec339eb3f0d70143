/**
 * dbt-loom substitutes `$VAR` and `${VAR}` anywhere in its config text before
 * reading it as YAML, and an unset variable becomes the empty string. The
 * catalog does the same, so that it reads the config dbt-loom reads, and also
 * accepts the shell's `${VAR:-default}` (dbt-loom would look up a variable
 * literally named `VAR:-default`, so no working config relies on that).
 */
const PLACEHOLDER = /\$\{([^}]+)\}|\$(\w+)/g;
const WITH_DEFAULT = /^(\w+):-(.*)$/s;

export type UnsetVariable = { name: string; line: number };

export type Interpolated = {
  text: string;
  /** Variables that were not set and had no default, with the line they are on. */
  unset: UnsetVariable[];
};

/** Replaces every `$VAR`, `${VAR}` and `${VAR:-default}` in `text` from `env`. */
export function interpolateEnv(
  text: string,
  env: Record<string, string | undefined>,
): Interpolated {
  const unset: UnsetVariable[] = [];
  const replaced = text.replace(
    PLACEHOLDER,
    (
      _match,
      braced: string | undefined,
      bare: string | undefined,
      offset: number,
    ) => {
      const expression = braced ?? bare ?? "";
      const withDefault = WITH_DEFAULT.exec(expression);
      if (withDefault) {
        const [, name = "", fallback = ""] = withDefault;
        const value = env[name];
        return value === undefined || value === "" ? fallback : value;
      }
      const value = env[expression];
      if (value !== undefined) return value;
      unset.push({ name: expression, line: lineAt(text, offset) });
      return "";
    },
  );
  return { text: replaced, unset };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
