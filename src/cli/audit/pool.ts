/** Runs items through `workers` parallel loops; each loop keeps its number, so it can own one browser. */
export async function runPool<T>(items: readonly T[], workers: number, run: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  const loop = async (worker: number): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index];
      if (item !== undefined) await run(item, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, (_, worker) => loop(worker)));
}
