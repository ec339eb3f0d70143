import "server-only";
import { createAdmission } from "@/lib/db/admission";
import { setUploadLoadReader } from "@/lib/ops/metrics";

/**
 * Uploads received and ingested at once in this process. An ingest of a
 * ~100 MB manifest peaks near 850 MB and keeps a core busy for seconds (its
 * parse on a worker thread, its writes on the event loop), so one at a time
 * keeps memory bounded and leaves readers the other core.
 */
export const INGEST_SLOTS = 1;
/** Uploads that may wait for a slot (a mesh's CI jobs finishing together); past that, 503. */
export const INGEST_QUEUE = 8;
/** How long one may wait: a queue of large ingests takes minutes, not hours. */
const INGEST_WAIT_MS = 120_000;

/**
 * Runs an upload when a slot is free, queueing it otherwise; refuses it with
 * BusyError when the queue is full or the wait too long. The body is not read
 * while queued, so a refused upload costs nothing but its headers.
 */
export const admitIngest = createAdmission({
  what: "uploads",
  running: INGEST_SLOTS,
  waiting: INGEST_QUEUE,
  waitMs: INGEST_WAIT_MS,
});

setUploadLoadReader(() => admitIngest.load());
