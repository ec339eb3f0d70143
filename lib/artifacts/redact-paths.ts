// An absolute path, POSIX or Windows, not inside a URL: its folders go.
const ABSOLUTE_POSIX = /(?<![\w.:/~-])\/(?:[^\s/'"`]+\/)+([^\s/'"`]+)/g;
const ABSOLUTE_WINDOWS = /\b[A-Za-z]:\\(?:[^\s\\'"`]+\\)+([^\s\\'"`]+)/g;

/**
 * An ingest message as readers see it: absolute paths of the machine that
 * ran the ingest (`/home/ci/builds/acme/target/manifest.json`) cut to the
 * file's name, so public pages do not map someone's disks. The full text
 * stays in the ingest record for operators.
 */
export function redactPaths(message: string): string {
  return message.replace(ABSOLUTE_POSIX, "$1").replace(ABSOLUTE_WINDOWS, "$1");
}
