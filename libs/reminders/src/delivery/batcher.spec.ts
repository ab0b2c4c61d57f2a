import { Batcher } from './batcher';

describe('Batcher', () => {
  it('handles requests made together in one call, each getting its own result', async () => {
    const calls: number[][] = [];
    const batcher = new Batcher<number, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.map((key) => [key, key * 10]));
    }, 100, 2);
    expect(await Promise.all([1, 2, 3].map((key) => batcher.submit(key)))).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('splits at the maximum size and runs at most the allowed calls at once', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(async (keys) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      sizes.push(keys.length);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return new Map(keys.map((key) => [key, key]));
    }, 3, 2);
    await Promise.all(Array.from({ length: 10 }, (_, key) => batcher.submit(key)));
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect(mostAtOnce).toBe(2);
  });

  it('fails every request of a failed call, and those without a result', async () => {
    const failing = new Batcher<number, number>(async () => {
      throw new Error('database down');
    }, 10, 1);
    await expect(Promise.all([failing.submit(1), failing.submit(2)])).rejects.toThrow('database down');
    const partial = new Batcher<number, number>(async () => new Map([[1, 1]]), 10, 1);
    await expect(partial.submit(2)).rejects.toThrow('No result for 2');
  });
});
