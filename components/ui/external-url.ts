const WEB_PROTOCOLS = new Set(["http:", "https:"]);
// Deliberately simple: one @, no spaces, no characters that end a URL or start markup.
const EMAIL =
  /^[^\s@<>()"',;:/\\?#&]+@[^\s@<>()"',;:/\\?#&]+\.[^\s@<>()"',;:/\\?#&]+$/;

/**
 * The href for a URL taken from a manifest (an exposure's `url`): absolute
 * http(s) or mailto only; anything else (javascript:, data:, relative paths
 * that would point into the catalog) gives null and is shown as text.
 */
export function toExternalHref(url: string): string | null {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (WEB_PROTOCOLS.has(parsed.protocol)) return parsed.href;
  if (parsed.protocol === "mailto:")
    return parsed.search === "" &&
      isEmailAddress(decodeURIComponent(parsed.pathname))
      ? parsed.href
      : null;
  return null;
}

/** Whether a manifest's owner email looks like one address (and nothing else). */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** A mailto: href for an owner's email; null when it is not one plain address. */
export function toMailtoHref(email: string): string | null {
  return isEmailAddress(email) ? `mailto:${email.trim()}` : null;
}
