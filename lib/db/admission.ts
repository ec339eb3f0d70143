import "server-only";

/** Refused because too many heavy reads are running or waiting: worth a 503 and a retry. */
export class BusyError extends Error {
  readonly code = "CATALOG_BUSY";
  constructor(what: string) {
    super(`too many ${what} at once; retry shortly`);
    this.name = "BusyError";
  }
}

export type AdmissionLoad = { running: number; waiting: number };

export type Admission = (<T>(run: () => Promise<T>) => Promise<T>) & {
  /** Runs going and runs waiting for a turn, now. */
  load: () => AdmissionLoad;
};

/**
 * Lets at most `running` runs go at once and `waiting` more queue for a turn;
 * past that, or after `waitMs` in the queue, a run is refused with BusyError.
 * For reads whose cost grows with the mesh (an impact walk loads up to 50,000
 * nodes): eight at once once took 1.6 GB and the connection pool with them.
 */
export function createAdmission(options: {
  what: string;
  running: number;
  waiting: number;
  waitMs: number;
}): Admission {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  const waitForTurn = () =>
    new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(turn), 1);
        reject(new BusyError(options.what));
      }, options.waitMs);
      queue.push(turn);
    });
  const admit = async <T>(run: () => Promise<T>): Promise<T> => {
    if (active < options.running) active++;
    else if (queue.length >= options.waiting) throw new BusyError(options.what);
    else await waitForTurn();
    try {
      return await run();
    } finally {
      release();
    }
  };
  return Object.assign(admit, {
    load: () => ({ running: active, waiting: queue.length }),
  });
}
