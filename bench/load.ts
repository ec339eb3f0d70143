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

/** What readers saw: time to first byte and to the last byte of each answer, and what failed. */
export type ReaderSamples = {
  firstByteMs: number[];
  wholeMs: number[];
  /** Answers 500 and up. */
  serverErrors: number;
  /** Other answers that were not 2xx, and requests that got no answer. */
  otherErrors: number;
  /**
   * Pages answered 200 whose rendering failed after the first bytes went out:
   * the status was sent with the page's shell, so the error shows inside the
   * page (React marks the failed part with its error digest).
   */
  failedInPage: number;
  seconds: number;
};

/** How React's server rendering marks a part of a page that failed to render. */
const ERROR_DIGEST = "data-dgst=";

/**
 * `concurrency` readers request `urls` round-robin (the counter shared, so
 * that together they walk every URL) until `work` settles. A sample's time
 * to first byte ends when fetch resolves on the response headers; the body is
 * then read in full, as a browser would.
 */
export async function readWhile(
  urls: string[],
  concurrency: number,
  work: () => Promise<void>,
): Promise<ReaderSamples> {
  const samples: ReaderSamples = {
    firstByteMs: [],
    wholeMs: [],
    serverErrors: 0,
    otherErrors: 0,
    failedInPage: 0,
    seconds: 0,
  };
  let isDone = false;
  let next = 0;
  const reader = async () => {
    while (!isDone) {
      const url = urls[next++ % urls.length] ?? "";
      const started = performance.now();
      try {
        const response = await fetch(url, { headers: { accept: "text/html" } });
        samples.firstByteMs.push(performance.now() - started);
        const body = await response.text();
        samples.wholeMs.push(performance.now() - started);
        if (response.status >= 500) samples.serverErrors++;
        else if (!response.ok) samples.otherErrors++;
        else if (body.includes(ERROR_DIGEST)) samples.failedInPage++;
      } catch {
        samples.otherErrors++;
      }
    }
  };
  const started = performance.now();
  const readers = Array.from({ length: concurrency }, reader);
  try {
    await work();
  } finally {
    isDone = true;
    await Promise.all(readers);
  }
  samples.seconds = (performance.now() - started) / 1000;
  return samples;
}

/** `concurrency` readers on `urls` for `durationMs`: time to first byte. */
export async function loadTest(
  urls: string[],
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const read = await readWhile(urls, concurrency, () => sleep(durationMs));
  const samples = read.firstByteMs;
  return {
    requests: samples.length,
    errors: read.serverErrors + read.otherErrors + read.failedInPage,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    perSecond: samples.length / read.seconds,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
