import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeXlsxExcelJS } from "../support";
import { planSheet } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";

/** `smartcampus layouts …` and `--layouts` with layout files a staffer wrote, good and broken. */
describe("layout files on the command line", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir("layouts"));
    put(dir, "报送/一中.xlsx", await writeXlsxExcelJS([planSheet("湖州市第一中学", [["人工智能学习空间", 85, "王建国", "13857201234"]])]));
    put(dir, "坏/不是JSON.layout.json", '{\n  "id": "next-year",\n  "title": "明年的表"\n  "kind": "list"\n}\n');
    put(dir, "坏/未知类型.layout.json", JSON.stringify({ id: "next-year", title: "明年的表", kind: "list", fields: [{ name: "学校名称", required: true }, { name: "联系电话", type: "phon" }], school: { field: "学校名称" } }, null, 2));
    put(dir, "坏/重复键.layout.json", JSON.stringify({ id: "next-year", title: "明年的表", kind: "list", fields: [{ name: "学校名称" }, { name: "空间名称" }], school: { field: "学校名称" }, duplicateKey: ["学校名称", "空间"] }, null, 2));
  });
  afterAll(() => cleanup());

  test("layouts list names the eight built-ins; layouts show prints one as a layout file that reads back", () => {
    const list = runCli(["layouts", "list"], dir);
    expect(list.code).toBe(0);
    for (const id of ["huzhou-space-plan", "huzhou-case-summary", "taizhou-indicators", "zhangjiagang-feature-application"]) expect(list.stdout).toContain(id);
    const show = runCli(["layouts", "show", "huzhou-space-plan"], dir);
    expect(show.code).toBe(0);
    const file = JSON.parse(show.stdout);
    expect(Object.keys(file).slice(0, 3)).toEqual(["$schema", "id", "title"]);
    expect(file).toMatchObject({ $schema: "./layout.schema.json", id: "huzhou-space-plan", city: "湖州市", due: "2025-04-01", duplicateKey: ["学校名称", "空间名称"] });
    put(dir, "改/计划表.layout.json", show.stdout.replace('"2025-04-01"', '"2026-04-01"'));
    const replaced = runCli(["layouts", "list", "--layouts", "改"], dir);
    expect(replaced.stdout).toMatch(/huzhou-space-plan\s+list\s+改\/计划表\.layout\.json \(替换内置版式\)/);
    expect(runCli(["layouts", "show", "nothing-like-it"], dir).code).toBe(2);
  });

  test("layouts schema prints the committed layout.schema.json", () => {
    const r = runCli(["layouts", "schema"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(__dirname, "..", "..", "layouts", "layout.schema.json"), "utf8"));
  });

  test("a user layout with a built-in's id replaces it, and the run says so", () => {
    const r = runCli(["validate", "报送/一中.xlsx", "--layouts", "改/计划表.layout.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("用户版式 huzhou-space-plan（改/计划表.layout.json）替换了同名的内置版式");
  });

  test.each([
    ["不是JSON.layout.json", "zh-CN", /^版式文件 坏\/不是JSON\.layout\.json：\$：不是有效的 JSON（第 4 行第 3 列）：/m],
    ["不是JSON.layout.json", "en-US", /^layout file 坏\/不是JSON\.layout\.json: \$: not valid JSON \(line 4, column 3\): /m],
    ["未知类型.layout.json", "zh-CN", /^版式文件 坏\/未知类型\.layout\.json：\$\.fields\[1\]\.type："phon" 不是可用的取值，可用：text、integer、number、phone/m],
    ["未知类型.layout.json", "en-US", /^layout file 坏\/未知类型\.layout\.json: \$\.fields\[1\]\.type: "phon" is not allowed; one of: text, integer, number, phone/m],
    ["重复键.layout.json", "zh-CN", /^版式文件 坏\/重复键\.layout\.json：\$\.duplicateKey\[1\]：“空间”不是本版式的字段（fields 中没有这个 name）$/m],
    ["重复键.layout.json", "en-US", /^layout file 坏\/重复键\.layout\.json: \$\.duplicateKey\[1\]: "空间" is not a field of this layout \(no such name in fields\)$/m],
  ])("%s (%s): exit 2 before any file is read, naming file, JSON path and fault", (name, lang, message) => {
    for (const command of [["detect", "报送"], ["validate", "报送"], ["rollup", "报送", "--out", `out-${name}.xlsx`]]) {
      const r = runCli([...command, "--layouts", `坏/${name}`, "--lang", lang], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
      expect(existsSync(path.join(dir, `out-${name}.xlsx`))).toBe(false);
    }
  });

  test("a broken layout inside a rolled-up folder stops the run too: it never silently drops out", () => {
    put(dir, "报送2/一中.xlsx", readFileSync(path.join(dir, "报送/一中.xlsx")));
    put(dir, "报送2/新表.layout.json", "{ not json");
    const r = runCli(["rollup", "报送2", "--out", "out2.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/版式文件 报送2\/新表\.layout\.json：\$：不是有效的 JSON/);
    expect(existsSync(path.join(dir, "out2.xlsx"))).toBe(false);
  });

  test("learn --sheet picks the sheet, --city the city, --json prints the layout file", async () => {
    put(dir, "两张表.xlsx", await writeXlsxExcelJS([
      { name: "填表说明", rows: [["填表说明"], ["请按表填写。"]] },
      { name: "汇总", rows: [["2026年人工智能课程开设情况汇总表"], ["区县：      联系人：      联系电话："], ["序号", "区县", "学校名称", "课程名称", "开课班级数", "联系电话"]] },
    ]));
    const r = runCli(["learn", "两张表.xlsx", "--sheet", "汇总", "--city", "湖州", "--id", "ai-course-2026", "--json"], dir);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout);
    expect(file).toMatchObject({ $schema: "./layout.schema.json", id: "ai-course-2026", title: "2026年人工智能课程开设情况汇总表", city: "湖州市", duplicateKey: ["学校名称", "课程名称"] });
    expect(file.notes).toEqual(expect.arrayContaining([expect.stringMatching(/名额（quota）无法从模板得知/)]));
    expect(runCli(["learn", "两张表.xlsx", "--sheet", "没有这张"], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/没有工作表“没有这张”。有：填表说明、汇总/) });
    expect(runCli(["learn", "两张表.xlsx", "--city", "火星市"], dir).code).toBe(2);
  });

  test("learn on a sheet with no recognisable header exits 1 and says why", async () => {
    put(dir, "说明.xlsx", await writeXlsxExcelJS([{ name: "说明", rows: [["关于报送工作的说明"], ["请各校于 4 月 1 日前报送。"]] }]));
    const r = runCli(["learn", "说明.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/说明\.xlsx · 工作表“说明”：找不到可识别的表头/);
    const bad = runCli(["learn", "说明.xlsx", "--id", "Not An Id"], dir);
    expect(bad.code).toBe(2);
  });
});
