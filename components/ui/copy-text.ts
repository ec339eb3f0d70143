/**
 * Copies text to the clipboard. The async Clipboard API exists only in secure
 * contexts; a catalog served over plain HTTP on an internal network falls back
 * to the legacy copy command on a temporary, off-screen textarea.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && "clipboard" in navigator) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied or document not focused: try the legacy path.
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.className = "fixed -left-[9999px] top-0 opacity-0";
  document.body.append(textarea);
  textarea.select();
  try {
    // Deprecated but still the only way to copy outside a secure context.
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    textarea.remove();
  }
}
