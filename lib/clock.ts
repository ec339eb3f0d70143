/**
 * The catalog's one source of the current time. Everything judged against
 * "now" (freshness against an SLA, expiring policy exceptions, "3 hours ago")
 * asks this clock, never `new Date()`, so that a test pins one instant and
 * gets the same answer on any day. A lint rule keeps `new Date()` and `Date.now()` out of
 * the rest of the code.
 *
 * Records of when something happened inside a transaction (a project's
 * `ingested_at`, a score history row) keep the database's transaction time:
 * every row of one ingest shares it, which is how the score trend tells
 * ingests apart.
 */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

let current: Clock = systemClock;

/** The current instant, by the process's clock. */
export function now(): Date {
  return current();
}

/** A clock that always answers `instant`. */
export function fixedClock(instant: Date | string): Clock {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new Error(`not an instant: ${String(instant)}`);
  return () => new Date(time);
}

/**
 * Replaces the process's clock (tests pin it); returns a function that puts
 * the previous one back.
 */
export function setClock(clock: Clock): () => void {
  const previous = current;
  current = clock;
  return () => {
    current = previous;
  };
}
