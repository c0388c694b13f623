import { OfficeMockObject } from "./fake-workbook";
import { registerRibbonCommands } from "../../src/excel/ribbon-commands";

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("once Office is ready, showPane is registered; run from the ribbon it opens the pane and completes the event", async () => {
  const associated = new Map<string, (event: { completed(): void }) => Promise<void>>();
  const shown: string[] = [];
  let ready: () => void = () => undefined;
  const readyNow = new Promise<void>((resolve) => (ready = resolve));
  (globalThis as Record<string, unknown>).Office = new OfficeMockObject({
    onReady: (callback: () => void) => readyNow.then(callback),
    actions: { associate: (id: string, fn: (event: { completed(): void }) => Promise<void>) => associated.set(id, fn) },
    addin: { showAsTaskpane: async () => void shown.push("pane") },
  });
  registerRibbonCommands();
  expect(associated.size).toBe(0);
  ready();
  await readyNow;
  await Promise.resolve();
  expect([...associated.keys()]).toEqual(["showPane"]);
  let completed = 0;
  await associated.get("showPane")!({ completed: () => void completed++ });
  expect(shown).toEqual(["pane"]);
  expect(completed).toBe(1);
});

test("outside Office (the standalone page) nothing happens and nothing throws", () => {
  expect(() => registerRibbonCommands()).not.toThrow();
});
