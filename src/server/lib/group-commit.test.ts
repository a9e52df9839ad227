import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

/** An all-or-nothing writer: a batch holding a negative number fails as a whole, like a rolled-back transaction. */
function recorder() {
  const batches: number[][] = [];
  const committed: number[] = [];
  const write = async (items: number[]) => {
    batches.push(items);
    if (items.some((item) => item < 0)) throw new Error(`bad item ${items.find((item) => item < 0)}`);
    committed.push(...items);
    return items.map((item) => item * 10);
  };
  return { batches, committed, write };
}

describe('group commit', () => {
  it('writes items submitted together in one batch and answers each with its own result', async () => {
    const log = recorder();
    const submit = groupCommit({ write: log.write });
    const results = await Promise.all([1, 2, 3, 4].map(submit));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(log.batches).toEqual([[1, 2, 3, 4]]);
  });

  it('answers only after the batch is written', async () => {
    const log = recorder();
    const submit = groupCommit({ write: log.write, windowMs: 5 });
    const seen: number[][] = [];
    await Promise.all([5, 6].map((item) => submit(item).then(() => seen.push([...log.committed]))));
    expect(seen).toEqual([
      [5, 6],
      [5, 6],
    ]);
  });

  it('does not let one bad item sink the others: each is retried alone and answered for itself', async () => {
    const log = recorder();
    const submit = groupCommit({ write: log.write });
    const outcomes = await Promise.allSettled([1, -2, 3].map(submit));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad item -2') },
      { status: 'fulfilled', value: 30 },
    ]);
    expect(log.batches).toEqual([[1, -2, 3], [1], [-2], [3]]);
    expect(log.committed).toEqual([1, 3]);
  });

  it('starts a new batch when one is full, and gathers later items in the next', async () => {
    const log = recorder();
    const submit = groupCommit({ write: log.write, maxItems: 2 });
    const first = await Promise.all([1, 2, 3].map(submit));
    const second = await Promise.all([4].map(submit));
    expect([...first, ...second]).toEqual([10, 20, 30, 40]);
    expect(log.batches).toEqual([[1, 2], [3], [4]]);
  });

  it('with one batch at a time, gathers what arrives during a write into the next batch', async () => {
    const batches: number[][] = [];
    let finishFirst: () => void = () => undefined;
    const submit = groupCommit({
      concurrency: 1,
      maxItems: 3,
      write: async (items: number[]) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((resolve) => (finishFirst = resolve));
        return items;
      },
    });
    const first = submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    // The first batch is being written: these wait, in turns of their own, and leave as full batches of 3.
    const later: Promise<number>[] = [];
    for (const item of [2, 3, 4, 5, 6]) {
      later.push(submit(item));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(batches).toEqual([[1]]);
    finishFirst();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('rejects every item when a writer answers for the wrong number of items', async () => {
    const submit = groupCommit({ write: async (items: number[]) => items.slice(1) });
    const outcomes = await Promise.allSettled([1, 2].map(submit));
    // Never someone else's result.
    expect(outcomes).toEqual([
      { status: 'rejected', reason: new Error('group commit: 0 results for 1 items') },
      { status: 'rejected', reason: new Error('group commit: 0 results for 1 items') },
    ]);
  });
});
