import { strToU8, unzipSync } from "fflate";
import { cutWorksheet } from "../../../src/io/read/xlsx/worksheet-pieces";
import { writeWithSheetJS, writeXlsxExcelJS } from "../../support";

type Piece = ["head" | "cells" | "tail", string] | ["sheetData"];

/** The pieces `cutWorksheet` hands on for `xml` arriving in chunks of `chunk` bytes (the whole part at once for 0). */
function pieces(xml: Uint8Array, chunk: number, size: number): Piece[] {
  const out: Piece[] = [];
  const chunks: Uint8Array[] = [];
  if (chunk === 0) chunks.push(xml);
  else for (let at = 0; at < xml.length; at += chunk) chunks.push(xml.slice(at, at + chunk));
  cutWorksheet(chunks, size, {
    head: (text) => out.push(["head", text]),
    sheetData: () => out.push(["sheetData"]),
    cells: (text) => out.push(["cells", text]),
    tail: (text) => out.push(["tail", text]),
  });
  return out;
}

const joined = (list: Piece[], part: Piece[0]) => list.filter((p) => p[0] === part).map((p) => p[1] ?? "").join("");

async function sheetXmls(): Promise<[string, Uint8Array][]> {
  const rows = Array.from({ length: 300 }, (_, i) => [i + 1, `湖州市第${i + 1}中学`, i % 2 === 0, i * 0.5]);
  const exceljs = unzipSync(await writeXlsxExcelJS([{ name: "汇总", rows: [["序号", "学校名称", "是否", "金额"], ...rows], merges: ["A2:A3", "B5:D5"] }]));
  const sheetjs = unzipSync(writeWithSheetJS([{ name: "汇总", rows: [["序号", "学校名称"], ...rows.map((r) => r.slice(0, 2))], merges: ["A2:B2"] }], "xlsx"));
  return [
    ["ExcelJS", exceljs["xl/worksheets/sheet1.xml"]],
    ["SheetJS", sheetjs["xl/worksheets/sheet1.xml"]],
    ["self-closed sheetData", strToU8('<worksheet xmlns="x"><dimension ref="A1"/><sheetData/><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>')],
    ["no sheetData", strToU8('<?xml version="1.0"?>\n<worksheet xmlns="x"><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>\n')],
  ];
}

describe("a worksheet's XML is cut into pieces as it arrives, whatever its chunks", () => {
  test("the pieces are the part's text, in order, cut after a closing tag, the same whatever the chunks", async () => {
    for (const [label, xml] of await sheetXmls()) {
      const text = new TextDecoder().decode(xml);
      const open = text.indexOf("<sheetData");
      const openEnd = text.indexOf(">", open);
      const selfClosed = open >= 0 && text[openEnd - 1] === "/";
      const close = open < 0 ? -1 : selfClosed ? openEnd : text.indexOf("</sheetData>");
      for (const size of [1, 97, 65536]) {
        const whole = pieces(xml, 0, size);
        const expected = {
          label,
          size,
          head: open < 0 ? text : text.slice(0, open),
          sheetData: open < 0 ? 0 : 1,
          cells: open < 0 || selfClosed ? "" : text.slice(openEnd + 1, close),
          tail: open < 0 ? "" : text.slice(close),
        };
        for (const chunk of [0, 1, 7, 4096]) {
          const list = pieces(xml, chunk, size);
          expect({ label, size, head: joined(list, "head"), sheetData: list.filter((p) => p[0] === "sheetData").length, cells: joined(list, "cells"), tail: joined(list, "tail") }).toEqual(expected);
          // A piece between cells ends a row or a cell (the last before </sheetData> may end anywhere).
          const cells = list.filter((p) => p[0] === "cells").map((p) => p[1] as string);
          for (const piece of cells.slice(0, -1)) expect([label, /(<\/row>|<\/c>)$/.test(piece)]).toEqual([label, true]);
          // No piece but the last ends inside a tag: every tag a reader looks for is whole in one piece.
          const texts = list.flatMap((p) => (p[0] === "sheetData" ? [] : [p[1]]));
          for (const piece of texts.slice(0, -1)) expect([label, /<[^>]*$/.test(piece)]).toEqual([label, false]);
          if (chunk === 0) expect(list).toEqual(whole);
        }
      }
    }
  });

  test("pieces stay about the piece size: the sheet is never handed on whole", async () => {
    const [[, xml]] = await sheetXmls();
    const list = pieces(xml, 1000, 2048);
    const longestRow = Math.max(...new TextDecoder().decode(xml).split("</row>").map((r) => r.length));
    const cells = list.filter((p) => p[0] === "cells").map((p) => (p[1] as string).length);
    expect(cells.length).toBeGreaterThan(5);
    for (const length of cells) expect(length).toBeLessThanOrEqual(2048 + longestRow);
  });
});
