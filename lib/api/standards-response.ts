import "server-only";
import { stringify } from "yaml";
import { jsonError, jsonOk } from "./responses";

/** `?format=`: JSON (the default) or YAML, as the standards' own examples are written. */
export function readStandardFormat(
  request: Request,
): "json" | "yaml" | { response: Response } {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format === "json" || format === "yaml") return format;
  return {
    response: jsonError(400, `format must be json or yaml, not "${format}"`),
  };
}

/** An ODCS or ODPS document: JSON, or YAML as a download named after it. */
export function standardDocument(
  document: Record<string, unknown>,
  format: "json" | "yaml",
  fileName: string,
): Response {
  if (format === "json") return jsonOk(document);
  return new Response(stringify(document, { lineWidth: 0 }), {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
