import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type AdapterFactory = Pick<PrismaPg, "provider" | "adapterName"> & {
  connect: () => Promise<Adapter>;
};

/**
 * Prisma's pg adapter, with each transaction's queries sent one at a time.
 *
 * Prisma's query interpreter loads the sibling relations of one query
 * concurrently. On the pool that is what we want, but a transaction (every
 * page reads in one, see `readSnapshot`) holds a single connection, and
 * overlapping `client.query()` calls on one pg client are deprecated and
 * refused from pg 9 on. Queuing them here keeps Prisma's plans as they are
 * and sends the connection what it can take.
 */
export function createPgAdapter(pool: pg.Pool): AdapterFactory {
  const factory = new PrismaPg(pool);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serializeTransactions(await factory.connect()),
  };
}

function serializeTransactions(adapter: Adapter): Adapter {
  return Object.assign(Object.create(adapter) as Adapter, {
    startTransaction: async (
      ...args: Parameters<Adapter["startTransaction"]>
    ) => queueQueries(await adapter.startTransaction(...args)),
  });
}

function queueQueries(transaction: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const result = tail.then(
        () => run(...args),
        () => run(...args),
      );
      tail = result.catch(() => undefined);
      return result;
    };
  const bound = <K extends keyof Transaction>(key: K) => {
    const method = transaction[key];
    return typeof method === "function"
      ? inTurn(
          (method as (...a: unknown[]) => Promise<unknown>).bind(transaction),
        )
      : undefined;
  };
  return Object.assign(Object.create(transaction) as Transaction, {
    queryRaw: bound("queryRaw"),
    executeRaw: bound("executeRaw"),
    commit: bound("commit"),
    rollback: bound("rollback"),
    createSavepoint: bound("createSavepoint"),
    rollbackToSavepoint: bound("rollbackToSavepoint"),
    releaseSavepoint: bound("releaseSavepoint"),
  });
}
