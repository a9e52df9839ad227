// Group commit: writes that arrive close together share one transaction, so one durable commit
// (one fsync on SQLite) answers many requests. Each caller is answered only once its batch has
// committed; if the batch fails, its items are written one by one, so one bad item costs the
// others nothing and every caller gets its own answer.
import { batchSize, queueDepth } from './metrics.js';

export interface GroupCommitOptions<T, R> {
  /** Writes the items in one transaction; one result per item, in the same order. */
  write: (items: T[]) => Promise<R[]>;
  /**
   * How long the first item of a batch waits for others, in ms. 0: until the event loop has read
   * what already arrived (setImmediate), which adds no delay when the server is quiet and, under
   * load, gathers everything that came in while the previous commit was running.
   */
  windowMs?: number;
  /** A batch is written as soon as it holds this many items (SQL parameter limits, lock time). */
  maxItems?: number;
  /**
   * How many batches may be written at once. With one writer (SQLite), 1: what arrives during a
   * commit waits and goes in the next batch, instead of queueing as many small batches, one fsync each.
   */
  concurrency?: number;
  /** The queue's name in the metrics (batch sizes, items waiting). */
  name?: string;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/** Returns `submit`: resolves with the item's result after the commit, or rejects with its own error. */
export function groupCommit<T, R>({ write, windowMs = 0, maxItems = 64, concurrency = Infinity, name = 'unnamed' }: GroupCommitOptions<T, R>): (item: T) => Promise<R> {
  let waiting: Waiting<T, R>[] = [];
  let scheduled: { cancel(): void } | null = null;
  let writing = 0;

  const writeAll = async (items: T[]): Promise<R[]> => {
    const results = await write(items);
    if (results.length !== items.length) throw new Error(`group commit: ${results.length} results for ${items.length} items`);
    return results;
  };

  const writeOne = async ({ item, resolve, reject }: Waiting<T, R>) => {
    try {
      const [result] = await writeAll([item]);
      resolve(result as R);
    } catch (error) {
      reject(error);
    }
  };

  const writeBatch = async (batch: Waiting<T, R>[]) => {
    if (batch.length === 1 && batch[0]) return writeOne(batch[0]);
    let results: R[];
    try {
      results = await writeAll(batch.map((entry) => entry.item));
    } catch {
      // The transaction rolled back as a whole: retry each alone so each gets an honest answer.
      for (const entry of batch) await writeOne(entry);
      return;
    }
    batch.forEach((entry, index) => entry.resolve(results[index] as R));
  };

  const flush = () => {
    scheduled?.cancel();
    scheduled = null;
    // At the limit, the batch that finishes next flushes what waits.
    if (writing >= concurrency || waiting.length === 0) return;
    const batch = waiting.slice(0, maxItems);
    waiting = waiting.slice(maxItems);
    batchSize.observe({ queue: name }, batch.length);
    queueDepth.set({ queue: name }, waiting.length);
    writing += 1;
    void writeBatch(batch).finally(() => {
      writing -= 1;
      flush();
    });
    if (waiting.length >= maxItems) flush();
  };

  const schedule = () => {
    if (windowMs > 0) {
      const timer = setTimeout(flush, windowMs);
      return { cancel: () => clearTimeout(timer) };
    }
    const immediate = setImmediate(flush);
    return { cancel: () => clearImmediate(immediate) };
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      queueDepth.set({ queue: name }, waiting.length);
      if (waiting.length >= maxItems) flush();
      else scheduled ??= schedule();
    });
}
