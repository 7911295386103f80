/**
 * Runs `task` for every item with at most `limit` running at once, in item order; resolves when
 * all have ended. Tasks handle their own errors (a batch never stops for one file). The one worker
 * pool of the engine: batches, report pictures and test fixtures use it.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: items.length ? workers : 0 }, worker));
}
