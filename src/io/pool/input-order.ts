/**
 * Results that finish in any order, handed on in the order of their inputs. The readers' pools
 * (the CLI's threads, the page's Web Workers) put each file's result under its index; `inOrder`
 * yields them 0, 1, 2 … so a roll-up built from them does not depend on which reader was faster.
 */
export class InputOrder<T> {
  private readonly finished = new Map<number, T>();
  private taken = 0;
  private wake: (() => void) | undefined;

  /** How many results have been handed on: the index of the next one. */
  get yielded(): number {
    return this.taken;
  }

  /** The result of input `index`, whenever it finishes. */
  put(index: number, result: T): void {
    this.finished.set(index, result);
    this.notify();
  }

  /** Wakes the consumer to look again (a reader freed up, a stop was asked for). */
  notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /**
   * The `total` results in input order. `advanced` runs once a result is taken (a pool hands out
   * more work then); `check` runs before each look and may throw to stop.
   */
  async *inOrder(total: number, advanced: () => void, check?: () => void): AsyncGenerator<T> {
    while (this.taken < total) {
      check?.();
      if (!this.finished.has(this.taken)) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      const result = this.finished.get(this.taken) as T;
      this.finished.delete(this.taken);
      this.taken++;
      advanced();
      yield result;
    }
  }
}
