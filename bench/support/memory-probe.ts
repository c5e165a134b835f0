/**
 * Runs inside a measured child. Collects garbage (the child runs with --expose-gc) until the heap
 * stops shrinking, so what is left is what the process retains, then reads process.memoryUsage().
 */
export interface MemorySample {
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
}

export async function settledMemory(): Promise<MemorySample> {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('Run the memory probe with node --expose-gc');
  let previous = Number.POSITIVE_INFINITY;
  // Bounded: a few rounds is enough for weak refs and finalizers to be reclaimed.
  for (let round = 0; round < 6; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const used = process.memoryUsage().heapUsed;
    if (used >= previous * 0.995) break;
    previous = used;
  }
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
  };
}

export function isMemorySample(value: unknown): value is MemorySample {
  if (typeof value !== 'object' || value === null) return false;
  return ['rss', 'heapUsed', 'heapTotal', 'external'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'number',
  );
}

/** In an IPC child: answer every `measure-memory` request with a settled sample. */
export function answerMemoryRequests(): void {
  process.on('message', (message) => {
    if (message !== 'measure-memory') return;
    void settledMemory().then((sample) => process.send?.({ memory: sample }));
  });
}
