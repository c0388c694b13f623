import { readFileSync } from "node:fs";
import path from "node:path";
import { layoutJsonSchema, layoutJsonSchemaText } from "../../../src/core/layout/json-schema";
import { layoutFileText, parseLayoutText } from "../../../src/core/layout/layout-file";
import { formatLayoutProblem } from "../../../src/core/layout/layout-file-messages";
import { VALUE_TYPES } from "../../../src/core/layout/schema";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

describe("the layout JSON Schema", () => {
  test("the committed layouts/layout.schema.json is the one generated from the zod schema (npm run layouts:schema)", () => {
    const committed = readFileSync(path.join(__dirname, "..", "..", "..", "layouts", "layout.schema.json"), "utf8");
    expect(committed).toBe(layoutJsonSchemaText());
  });

  test("it describes the file as written: every value type, strict entries, $schema and notes allowed", () => {
    const schema = layoutJsonSchema() as { properties: Record<string, { items?: { properties: Record<string, { enum?: string[] }> } }>; additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["id", "title", "kind", "fields"]));
    expect(schema.properties.fields.items!.properties.type.enum).toEqual([...VALUE_TYPES]);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["$schema", "notes", "quota", "city", "due"]));
  });
});

describe("layout files", () => {
  test.each(BUILT_IN_CATALOG.layouts.map((l) => [l.id, l]))("%s prints as a file that reads back to the same layout", (_id, layout) => {
    const read = parseLayoutText(layoutFileText(layout));
    expect(read.ok && read.layout).toEqual(layout);
  });

  test("notes travel in the file and come back beside the layout, not in it", () => {
    const layout = BUILT_IN_CATALOG.get("huzhou-space-progress")!;
    const read = parseLayoutText(layoutFileText(layout, ["请核对截止日期"]));
    expect(read.ok && read.notes).toEqual(["请核对截止日期"]);
    expect(read.ok && "notes" in read.layout).toBe(false);
  });

  test("a byte-order mark is no error", () => {
    expect(parseLayoutText(`\uFEFF${layoutFileText(BUILT_IN_CATALOG.get("huzhou-space-plan")!)}`).ok).toBe(true);
  });

  test("every fault has its JSON path and a sentence in both languages", () => {
    const text = JSON.stringify({
      id: "Next Year",
      title: "明年",
      kind: "list",
      fields: [{ name: "学校名称", requird: true }, { name: "人数", type: "integer", min: "1" }],
      school: { field: "学校名称" },
    });
    const read = parseLayoutText(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const lines = read.problems.map((p) => formatLayoutProblem("a.layout.json", p, "zh-CN"));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^版式文件 a\.layout\.json：\$\.id："Next Year" 格式不对/),
        "版式文件 a.layout.json：$.fields[0]：未知的项目：requird（拼写错误？）",
        '版式文件 a.layout.json：$.fields[1].min：应为数字，实际是 "1"',
      ]),
    );
    const english = read.problems.map((p) => formatLayoutProblem("a.layout.json", p, "en-US"));
    expect(english).toEqual(expect.arrayContaining(['layout file a.layout.json: $.fields[1].min: should be a number, is "1"']));
  });

  test("rules across entries name their path: a choice without choices, an unknown info key, a missing school", () => {
    const read = parseLayoutText(JSON.stringify({ id: "x", title: "x", kind: "list", fields: [{ name: "类型", type: "choice" }, { name: "区县", type: "district", fromInfo: "区" }] }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => formatLayoutProblem("x.layout.json", p, "zh-CN"))).toEqual([
      "版式文件 x.layout.json：$.fields[0].choices：选择型字段“类型”没有给出可选值（choices）",
      "版式文件 x.layout.json：$.fields[1].fromInfo：“区”不是信息行的项目（info 中没有这个 key）",
      "版式文件 x.layout.json：$.school：list 版式必须有 school.field",
    ]);
  });

  test("not an object, and not JSON at all", () => {
    const arr = parseLayoutText("[1, 2]");
    expect(!arr.ok && formatLayoutProblem("y.layout.json", arr.problems[0], "en-US")).toBe("layout file y.layout.json: $: a layout file must be one JSON object { … }");
    const broken = parseLayoutText('{\n  "id": "a",\n}');
    expect(!broken.ok && broken.problems[0]).toMatchObject({ path: "$", fault: { code: "not-json", line: 3, column: 1 } });
  });
});
