import { renderMetrics } from "@/lib/ops/metrics";

// Counters live in this process: never cache, never prerender.
export const dynamic = "force-dynamic";

/** Prometheus metrics of this instance (see README, "Operating the catalog"). */
export async function GET(): Promise<Response> {
  const { body, contentType } = await renderMetrics();
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": "no-store" },
  });
}
