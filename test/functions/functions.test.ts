import { shown } from "./custom-functions-stand-in";
import {
  featureLevel,
  grade,
  gradeCount,
  isEmail,
  isPhone,
  isPostcode,
  pcRatio,
  quota,
  spacesNeeded,
  stage,
  stageCodeOf,
} from "../../src/functions/functions";
import { type Cell, letterColumn, levelsOf, tickBlock } from "./taizhou-range";

describe("GRADE", () => {
  test.each([
    [60, 10, 0, "标杆"],
    [59, 11, 0, "良好"],
    [0, 60, 0, "良好"],
    [30, 29, 11, "达标"],
    [0, 59, 1, "达标"],
    [0, 0, 60, "达标"],
    [0, 0, 59, "未达标"],
    [20, 20, 19, "未达标"],
  ])("A=%i B=%i C=%i → %s, from ticks and from letters", (a, b, c, expected) => {
    const levels = levelsOf(a, b, c);
    expect(grade(tickBlock(levels))).toBe(expected);
    expect(grade(letterColumn(levels))).toBe(expected);
  });

  test.each(["√", "✓", "✔", "○", "●", "是", "1", "x", "X", 1, true, "✔️", "〇", "１"] as Cell[])("the tick %j", (mark) => {
    expect(grade(tickBlock(levelsOf(60, 10, 0), mark))).toBe("标杆");
  });

  test("words, lower case, full-width and 级 in a letter column", () => {
    const words = ["完全实现", "a", "Ａ", "A级", "ａ级"];
    const column = levelsOf(60, 10, 0).map((level, i) => [level === "A" ? words[i % words.length] : "多数实现"]);
    expect(grade(column)).toBe("标杆");
  });

  test("a row left blank gives #VALUE! naming the row", () => {
    const block = tickBlock(levelsOf(60, 10, 0));
    block[11] = ["", "", "", ""];
    expect(shown(grade(block))).toEqual(["#VALUE!", "所选区域 第 12 行未标记等级"]);
    const column = letterColumn(levelsOf(60, 10, 0));
    column[0] = [""];
    expect(shown(grade(column))).toEqual(["#VALUE!", "所选区域 第 1 行未标记等级"]);
    column[0] = [null as unknown as string];
    expect(shown(grade(column))).toEqual(["#VALUE!", "所选区域 第 1 行未标记等级"]);
  });

  test("a row ticked twice gives #VALUE! naming the row", () => {
    const block = tickBlock(levelsOf(60, 10, 0));
    block[69] = ["√", "√", "", ""];
    expect(shown(grade(block))).toEqual(["#VALUE!", "所选区域 第 70 行标记了多个等级"]);
    const column = letterColumn(levelsOf(60, 10, 0));
    column[4] = ["A、B"];
    expect(shown(grade(column))).toEqual(["#VALUE!", "所选区域 第 5 行标记了多个等级"]);
  });

  test("an unreadable mark gives #VALUE! with what was written", () => {
    const block = tickBlock(levelsOf(60, 10, 0));
    block[2] = ["", "好", "", ""];
    expect(shown(grade(block))).toEqual(["#VALUE!", "所选区域 第 3 行无法识别“好”"]);
    const column = letterColumn(levelsOf(60, 10, 0));
    column[2] = ["E"];
    expect(shown(grade(column))).toEqual(["#VALUE!", "所选区域 第 3 行无法识别“E”"]);
  });

  test.each([
    [69, 4],
    [71, 4],
    [70, 2],
    [70, 5],
    [1, 1],
  ])("a %i×%i range is refused", (rows, columns) => {
    const range = Array.from({ length: rows }, () => Array.from({ length: columns }, () => "A"));
    expect(shown(grade(range))).toEqual(["#VALUE!", `所选区域 应为 70 行 × 1 列（等级）或 70 行 × 4 列（A–D 勾选），实际为 ${rows} 行 × ${columns} 列`]);
  });

  test("a single value (not a range) is refused", () => {
    expect(shown(grade("A" as unknown as Cell[][]))).toEqual(["#VALUE!", expect.stringContaining("实际为 1 行 × 1 列")]);
  });
});

describe("GRADECOUNT", () => {
  const levels = levelsOf(10, 20, 30);

  test.each([
    ["A", 10],
    ["B", 30],
    ["C", 60],
    ["D", 70],
    ["b", 30],
    ["Ｃ", 60],
    ["多数实现", 30],
    ["C级", 60],
  ])("level %s → %i", (level, count) => {
    expect(gradeCount(tickBlock(levels), level)).toBe(count);
    expect(gradeCount(letterColumn(levels), level)).toBe(count);
  });

  test("the 59/60 boundary at B", () => {
    expect(gradeCount(tickBlock(levelsOf(59, 1, 0)), "B")).toBe(60);
    expect(gradeCount(tickBlock(levelsOf(0, 59, 0)), "B")).toBe(59);
  });

  test("an unknown or blank level is #VALUE!", () => {
    expect(shown(gradeCount(tickBlock(levels), "E"))).toEqual(["#VALUE!", "等级 无法识别“E”（可用 A、B、C、D）"]);
    expect(shown(gradeCount(tickBlock(levels), ""))).toEqual(["#VALUE!", "等级 不能为空"]);
  });

  test("a bad range is #VALUE!", () => {
    expect(shown(gradeCount([["A"]], "A"))).toEqual(["#VALUE!", expect.stringContaining("应为 70 行")]);
  });
});

describe("FEATURELEVEL", () => {
  test("the form's box line in one cell", () => {
    expect(featureLevel([["☑智能环境 ☑智慧教学 ☑三个课堂 ☑信息素养 ☑智慧管理 ☑创新实验"]])).toBe("A");
    expect(featureLevel([["☑智能环境 □智慧教学 ■三个课堂 ☐信息素养 ✓智慧管理 □创新实验"]])).toBe("C");
    expect(featureLevel([["☑智能环境 √智慧教学 ■三个课堂 ✓信息素养 □智慧管理 □创新实验"]])).toBe("B");
    expect(featureLevel([["☑智能环境 □智慧教学 □三个课堂 □信息素养 □智慧管理 □创新实验"]])).toBe("");
  });

  test("one box per cell, in a row", () => {
    expect(featureLevel([["☑智能环境", "☑智慧教学", "☑三个课堂", "☑信息素养", "☐智慧管理", "□创新实验"]])).toBe("B");
  });

  test("a list of accredited items, with blanks", () => {
    expect(featureLevel([["智能环境"], ["智慧教学"], [""], ["三个课堂"], ["信息素养"], ["智慧管理"], ["创新实验"]])).toBe("A");
    expect(featureLevel([["智能环境、智慧教学"]])).toBe("C");
    expect(featureLevel([["智能环境"], [""], [""]])).toBe("");
    expect(featureLevel([["", ""]])).toBe("");
  });

  test("names beside tick cells count only where ticked", () => {
    const range: Cell[][] = [
      ["智能环境", "√"],
      ["智慧教学", ""],
      ["三个课堂", "✓"],
      ["信息素养", "是"],
      ["智慧管理", ""],
      ["创新实验", "否"],
    ];
    expect(featureLevel(range)).toBe("C");
    range[1][1] = "√";
    expect(featureLevel(range)).toBe("B");
  });

  test("an item counted twice counts once; full-width and spaces are read", () => {
    expect(featureLevel([["智能环境"], ["智能环境"], ["智 慧 教 学"]])).toBe("C");
    expect(featureLevel([["智能环境"], ["智能环境"]])).toBe("");
  });

  test("an unknown item is #VALUE!", () => {
    expect(shown(featureLevel([["智能环境", "人工智能"]]))).toEqual([
      "#VALUE!",
      "所选区域 无法识别“人工智能”（可用 智能环境、智慧教学、三个课堂、信息素养、智慧管理、创新实验）",
    ]);
    expect(shown(featureLevel([["☑人工智能 ☑智能环境"]]))).toEqual(["#VALUE!", expect.stringContaining("人工智能")]);
  });
});

describe("STAGE and STAGECODE", () => {
  test("each code and back", () => {
    for (const code of [1, 2, 3, 4, 5, 6, 7]) {
      const text = stage(code);
      expect(typeof text).toBe("string");
      expect(stageCodeOf(text)).toBe(code);
    }
    expect(stage(4)).toBe("建设中");
    expect(stage("４")).toBe("建设中");
    expect(stage([[2]])).toBe("方案完成，准备采购");
  });

  test("an unknown code is #N/A, text is #VALUE!", () => {
    expect(shown(stage(8))).toEqual(["#N/A", "代码 没有对应的代码“8”（可用 1–7）"]);
    expect(shown(stage(0))).toEqual(["#N/A", expect.any(String)]);
    expect(shown(stage("建设中"))).toEqual(["#VALUE!", "代码 应为数字，实际为“建设中”"]);
    expect(shown(stage(""))).toEqual(["#VALUE!", "代码 不能为空"]);
  });

  test("STAGECODE reads codes, texts and short forms", () => {
    expect(stageCodeOf("建设中")).toBe(4);
    expect(stageCodeOf("方案完成,准备采购")).toBe(2);
    expect(stageCodeOf("采购完成")).toBe(3);
    expect(stageCodeOf("4.建设中")).toBe(4);
    expect(stageCodeOf("５")).toBe(5);
    expect(stageCodeOf(7)).toBe(7);
  });

  test("STAGECODE: unknown text is #N/A, blank is #VALUE!", () => {
    expect(shown(stageCodeOf("进行中"))).toEqual(["#N/A", "文本 没有对应的代码“进行中”（可用 1–7 或阶段文字）"]);
    expect(shown(stageCodeOf(8))).toEqual(["#N/A", expect.any(String)]);
    expect(shown(stageCodeOf(""))).toEqual(["#VALUE!", "文本 不能为空"]);
  });
});

describe("QUOTA", () => {
  test.each([
    [13, 0.2, 3],
    [12, 0.2, 2],
    [7, 0.2, 1],
    [6, 0.2, 1],
    [4, 0.2, 1],
    [1000, 0.011, 11],
    [15, 0.1, 2],
    [13, "20%", 3],
    ["１３", "２０％", 3],
  ])("QUOTA(%j, %j) = %i", (count, rate, expected) => expect(quota(count, rate)).toBe(expected));

  test("bad arguments are #VALUE!", () => {
    expect(shown(quota(13, 20))).toEqual(["#VALUE!", "比例 应在 0%–100% 之间（20）"]);
    expect(shown(quota(-1, 0.2))).toEqual(["#VALUE!", "数量 不能为负数（-1）"]);
    expect(shown(quota(12.5, 0.2))).toEqual(["#VALUE!", "数量 应为整数（12.5）"]);
    expect(shown(quota("", 0.2))).toEqual(["#VALUE!", "数量 不能为空"]);
    expect(shown(quota("十三", 0.2))).toEqual(["#VALUE!", "数量 应为数字，实际为“十三”"]);
  });
});

describe("ISPHONE, ISEMAIL, ISPOSTCODE", () => {
  test("ISPHONE", () => {
    expect(isPhone("13757293776")).toBe(true);
    expect(isPhone(13757293776)).toBe(true);
    expect(isPhone("０５７２－２３４５６７８")).toBe(true);
    expect(isPhone("0572-2345678转123")).toBe(true);
    expect(isPhone("1375729377")).toBe(false);
    expect(isPhone("")).toBe(false);
    expect(isPhone([["13757293776"]])).toBe(true);
  });

  test("ISEMAIL", () => {
    expect(isEmail("zhang@163.com")).toBe(true);
    expect(isEmail("ｚｈａｎｇ＠１６３.ｃｏｍ")).toBe(true);
    expect(isEmail("zhang@163")).toBe(false);
    expect(isEmail("")).toBe(false);
    expect(isEmail(163)).toBe(false);
  });

  test("ISPOSTCODE", () => {
    expect(isPostcode("313000")).toBe(true);
    expect(isPostcode(313000)).toBe(true);
    expect(isPostcode(13000)).toBe(true);
    expect(isPostcode("３１３０００")).toBe(true);
    expect(isPostcode("31300")).toBe(false);
    expect(isPostcode("")).toBe(false);
  });
});

describe("PCRATIO", () => {
  test.each([
    [700, 100, "小学", true],
    [701, 100, "小学", false],
    [600, 100, "初中", true],
    [601, 100, "初中", false],
    [500, 100, "高中", true],
    [501, 100, "高中", false],
    ["１２００", "２００", "初级中学", true],
  ])("PCRATIO(%j, %j, %s) = %s", (students, computers, stage, met) => expect(pcRatio(students, computers, stage)).toBe(met));

  test("mixed and uncovered stages, bad counts", () => {
    expect(shown(pcRatio(900, 150, "九年一贯"))).toEqual(["#VALUE!", "学段“九年一贯”跨多个学段，请按学段分别计算（小学、初中、高中）"]);
    expect(shown(pcRatio(900, 150, "中职"))).toEqual(["#VALUE!", "学段“中职”不在本规则范围内（仅 小学、初中、高中）"]);
    expect(shown(pcRatio(0, 150, "小学"))).toEqual(["#VALUE!", "学生数 应在 1–∞ 之间（0）"]);
    expect(shown(pcRatio(900, -1, "小学"))).toEqual(["#VALUE!", "计算机数 不能为负数（-1）"]);
    expect(shown(pcRatio(900, 150, ""))).toEqual(["#VALUE!", "学段 不能为空"]);
  });
});

describe("SPACESNEEDED", () => {
  test.each([
    [18, "小学", 3],
    [19, "小学", 4],
    [24, "小学", 4],
    [36, "小学", 6],
    [1, "小学", 1],
    [3, "初中", 6],
    [3, "高中", 6],
    ["３", "中学", 6],
  ])("SPACESNEEDED(%j, %s) = %i", (count, stage, spaces) => expect(spacesNeeded(count, stage)).toBe(spaces));

  test("bad arguments are #VALUE!", () => {
    expect(shown(spacesNeeded(3, "完中"))).toEqual(["#VALUE!", expect.stringContaining("跨多个学段")]);
    expect(shown(spacesNeeded(3, "幼儿园"))).toEqual(["#VALUE!", expect.stringContaining("不在本规则范围内")]);
    expect(shown(spacesNeeded(-3, "小学"))).toEqual(["#VALUE!", "数量 不能为负数（-3）"]);
    expect(shown(spacesNeeded(2.5, "初中"))).toEqual(["#VALUE!", "数量 应为整数（2.5）"]);
  });
});
