/**
 * Lets tests wait for a condition on the stand-in's observable state without polling: every
 * mutation calls `notify()`, and waiters re-check their predicate. A timeout turns a hung
 * expectation into a readable failure instead of a vitest-level timeout.
 */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
}

export interface WaitOptions {
  /** Defaults to 5000 ms. */
  readonly timeoutMs?: number;
}

interface Waiter {
  check: () => boolean;
  cancel: (reason: string) => void;
}

export class ChangeSignal {
  readonly #waiters = new Set<Waiter>();

  notify(): void {
    for (const waiter of [...this.#waiters]) waiter.check();
  }

  waitFor<T>(
    probe: () => T | undefined,
    description: string,
    options: WaitOptions = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          this.#waiters.delete(waiter);
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        cancel: (reason) => {
          this.#waiters.delete(waiter);
          clearTimeout(timer);
          reject(new WaitTimeoutError(`Stopped waiting for ${description}: ${reason}`));
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new WaitTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${description}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
      waiter.check();
    });
  }

  /** Rejects every pending waiter; used on shutdown so nothing dangles past `close()`. */
  cancelAll(reason: string): void {
    for (const waiter of [...this.#waiters]) waiter.cancel(reason);
  }
}
