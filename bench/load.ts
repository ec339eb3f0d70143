import { percentile } from "./machine";

export type LoadResult = {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
};

/**
 * `concurrency` readers request `urls` round-robin for `durationMs`. Each
 * sample is the time to first byte (fetch resolves on the response headers);
 * the body is then read in full, as a browser would.
 */
export async function loadTest(
  urls: string[],
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + durationMs;
  const reader = async () => {
    while (Date.now() < deadline) {
      const url = urls[next++ % urls.length] ?? "";
      const started = performance.now();
      try {
        const response = await fetch(url, { headers: { accept: "text/html" } });
        samples.push(performance.now() - started);
        await response.arrayBuffer();
        if (!response.ok) errors++;
      } catch {
        errors++;
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, reader));
  const seconds = (Date.now() - started) / 1000;
  return {
    requests: samples.length,
    errors,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    perSecond: samples.length / seconds,
  };
}
