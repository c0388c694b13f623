import { hasBoxes, isIndicatorTick, readBoxStates, readBoxes, tickMark } from "../../../src/core/rules/ticks";

describe("tickMark / isIndicatorTick", () => {
  test.each(["√", "✓", "✔", "✔️", "○", "●", "是", "1", "x", "X", "〇", " √ ", "１", "ｘ"])("%j is a tick", (mark) => {
    expect(isIndicatorTick(mark)).toBe(true);
    expect(tickMark(mark)).toBe("tick");
  });

  test("the number 1 and TRUE are ticks", () => {
    expect(tickMark(1)).toBe("tick");
    expect(tickMark(true)).toBe("tick");
  });

  test.each(["", "  ", null, undefined, false, 0, "0", "否", "/", "-"])("%j is not marked", (mark) => {
    expect(tickMark(mark)).toBe("blank");
    expect(isIndicatorTick(mark)).toBe(false);
  });

  test.each(["A", "2", 2, "好", "√√", "??"])("%j is neither", (mark) => {
    expect(tickMark(mark)).toBe("other");
    expect(isIndicatorTick(mark)).toBe(false);
  });
});

test("a spelling read once reads the same the next time", () => {
  for (let i = 0; i < 3; i++) {
    expect([tickMark(" √"), tickMark("否 "), tickMark("好 ")]).toEqual(["tick", "blank", "other"]);
  }
});

describe("readBoxes", () => {
  const form = "☑智能环境 □智慧教学 ■三个课堂 ☐信息素养 ✓智慧管理 □创新实验";

  test("the Zhangjiagang form line", () => {
    expect(readBoxes(form)).toEqual(["智能环境", "三个课堂", "智慧管理"]);
    expect(readBoxStates(form).map((item) => [item.name, item.ticked])).toEqual([
      ["智能环境", true],
      ["智慧教学", false],
      ["三个课堂", true],
      ["信息素养", false],
      ["智慧管理", true],
      ["创新实验", false],
    ]);
  });

  test("every ticked and unticked box form", () => {
    expect(readBoxes("☑甲 √乙 ■丙 ✓丁 ✔戊 ☒己 ▣庚")).toEqual(["甲", "乙", "丙", "丁", "戊", "己", "庚"]);
    expect(readBoxes("□甲 ☐乙 ▢丙")).toEqual([]);
  });

  test("a tick typed after an empty box counts; separators and line breaks are dropped", () => {
    expect(readBoxes("□√智能环境、□智慧教学\n☑ 三个课堂；")).toEqual(["智能环境", "三个课堂"]);
  });

  test("text without boxes holds no items", () => {
    expect(readBoxes("智能环境 智慧教学")).toEqual([]);
    expect(hasBoxes("智能环境")).toBe(false);
    expect(hasBoxes("□智能环境")).toBe(true);
    expect(readBoxes(null)).toEqual([]);
  });
});
