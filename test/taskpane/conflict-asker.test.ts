import { createConflictAsker, type ConflictQuestion } from "../../src/taskpane/rollup/conflict-asker";

/** An asker whose shown questions are recorded, as the dialog would render them. */
function asker() {
  const shown: Array<ConflictQuestion | undefined> = [];
  const conflicts = createConflictAsker((question) => shown.push(question));
  return { conflicts, shown };
}

test("one question at a time, answered in the order writeRollup asks", async () => {
  const { conflicts, shown } = asker();
  const first = conflicts.ask("汇总");
  expect(conflicts.question).toEqual({ name: "汇总", index: 1 });
  conflicts.answer("replace");
  await expect(first).resolves.toBe("replace");
  expect(conflicts.question).toBeUndefined();
  const second = conflicts.ask("问题清单");
  expect(conflicts.question).toEqual({ name: "问题清单", index: 2 });
  conflicts.answer("rename");
  await expect(second).resolves.toBe("rename");
  expect(shown).toEqual([{ name: "汇总", index: 1 }, undefined, { name: "问题清单", index: 2 }, undefined]);
});

test("an answer for all answers the rest of the write without asking", async () => {
  const { conflicts, shown } = asker();
  const first = conflicts.ask("汇总");
  conflicts.answer("replace", true);
  await expect(first).resolves.toBe("replace");
  await expect(conflicts.ask("名额")).resolves.toBe("replace");
  await expect(conflicts.ask("统计")).resolves.toBe("replace");
  expect(shown.filter(Boolean)).toEqual([{ name: "汇总", index: 1 }]);
});

test("closing the dialog cancels, and nothing after a cancel is asked", async () => {
  const { conflicts } = asker();
  const first = conflicts.ask("汇总");
  conflicts.dismiss();
  await expect(first).resolves.toBe("cancel");
  await expect(conflicts.ask("问题清单")).resolves.toBe("cancel");
  expect(conflicts.question).toBeUndefined();
});

test("questions asked together queue; answering one moves to the next", async () => {
  const { conflicts } = asker();
  const a = conflicts.ask("汇总");
  const b = conflicts.ask("统计");
  expect(conflicts.question?.name).toBe("汇总");
  conflicts.answer("rename");
  expect(conflicts.question).toEqual({ name: "统计", index: 2 });
  conflicts.answer("replace");
  await expect(Promise.all([a, b])).resolves.toEqual(["rename", "replace"]);
});

test("ending the write cancels an open question and any later one", async () => {
  const { conflicts } = asker();
  const open = conflicts.ask("汇总");
  conflicts.close();
  await expect(open).resolves.toBe("cancel");
  await expect(conflicts.ask("名额")).resolves.toBe("cancel");
  expect(conflicts.question).toBeUndefined();
});

test("a stray answer with no question open changes nothing", async () => {
  const { conflicts } = asker();
  conflicts.answer("replace", true);
  const next = conflicts.ask("汇总");
  expect(conflicts.question?.name).toBe("汇总");
  conflicts.answer("rename");
  await expect(next).resolves.toBe("rename");
});
