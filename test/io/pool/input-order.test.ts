import { InputOrder } from "../../../src/io/pool/input-order";

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

describe("results handed on in input order", () => {
  test("results finishing out of order come out 0, 1, 2 …, each after the one before", async () => {
    const order = new InputOrder<string>();
    const advancedAt: number[] = [];
    const done = collect(order.inOrder(4, () => advancedAt.push(order.yielded)));
    for (const i of [2, 0, 3, 1]) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.put(i, `file ${i}`);
    }
    expect(await done).toEqual(["file 0", "file 1", "file 2", "file 3"]);
    expect(advancedAt).toEqual([1, 2, 3, 4]);
  });

  test("the check stops a consumer that is waiting once it is woken", async () => {
    const order = new InputOrder<number>();
    let stopped = false;
    const done = collect(
      order.inOrder(3, () => undefined, () => {
        if (stopped) throw new Error("stopped");
      }),
    );
    order.put(0, 0);
    await new Promise((resolve) => setTimeout(resolve, 1));
    stopped = true;
    order.notify();
    await expect(done).rejects.toThrow("stopped");
    expect(order.yielded).toBe(1);
  });
});
