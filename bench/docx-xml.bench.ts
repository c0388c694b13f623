/**
 * Which XML parser reads a Word table fastest: the same `word/document.xml` (a table of 3,000 rows ×
 * 9 columns written by the `docx` package, with paragraphs, spans and merges) turned into cell texts
 * by @xmldom/xmldom (DOM), fast-xml-parser (`preserveOrder` tree, the order of paragraphs and tables
 * matters) and saxes (events, what the reader uses). Each extractor must give the same texts; the
 * times alternate, five rounds, medians reported, and each parser's ratio to saxes per round.
 */
import { DOMParser } from "@xmldom/xmldom";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { unzipSync } from "fflate";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { median, timeMs } from "./fixtures/timing";
import type { Measurement } from "./run";

const ROWS = 3000;
const ROUNDS = 5;

async function documentXml(): Promise<string> {
  const header = ["序号", "区县", "学校名称", "拟建空间数量（个）", "空间名称", "预算金额（万元）", "项目负责人", "联系电话", "备注（应用方向）"];
  const rows = [new TableRow({ children: header.map((h) => new TableCell({ children: [new Paragraph(h)] })) })];
  for (let r = 0; r < ROWS; r++) {
    rows.push(
      new TableRow({
        children: [
          new TableCell({ children: [new Paragraph(String(r + 1))] }),
          new TableCell({ children: [new Paragraph(r % 3 === 0 ? "吴兴区" : "")], verticalMerge: r % 3 === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
          new TableCell({ children: [new Paragraph(`湖州市第${r}中学`), new Paragraph("东校区")] }),
          new TableCell({ children: [new Paragraph("1")] }),
          new TableCell({ children: [new Paragraph(`人工智能学习空间${r}`)], columnSpan: 1 }),
          new TableCell({ children: [new Paragraph("12.5")] }),
          new TableCell({ children: [new Paragraph("王老师")] }),
          new TableCell({ children: [new Paragraph("13957200000")] }),
          new TableCell({ children: [new Paragraph("学科教学")] }),
        ],
      }),
    );
  }
  const doc = new Document({ sections: [{ children: [new Paragraph("新型教学空间建设计划汇总表"), new Paragraph("区县：吴兴区"), new Table({ rows })] }] });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
}

type Cells = string[][];

function withSaxes(xml: string): Cells {
  const rows: Cells = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let inText = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (t) => {
    if (t.name === "w:tr") rows.push((row = []));
    else if (t.name === "w:tc") cell = [];
    else if (t.name === "w:p" && cell) cell.push("");
    else if (t.name === "w:t") inText = true;
  });
  parser.on("closetag", (t) => {
    if (t.name === "w:tc" && row && cell) row.push(cell.join("\n")), (cell = null);
    else if (t.name === "w:t") inText = false;
  });
  parser.on("text", (text) => {
    if (inText && cell) cell[cell.length - 1] += text;
  });
  parser.write(xml).close();
  return rows;
}

function withXmldom(xml: string): Cells {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const rows: Cells = [];
  const trs = doc.getElementsByTagName("w:tr");
  for (let i = 0; i < trs.length; i++) {
    const row: string[] = [];
    for (let c = trs[i].firstChild; c; c = c.nextSibling) {
      if (c.nodeName !== "w:tc") continue;
      const paragraphs: string[] = [];
      for (let p = c.firstChild; p; p = p.nextSibling) {
        if (p.nodeName !== "w:p") continue;
        const ts = (p as unknown as Element).getElementsByTagName("w:t");
        let text = "";
        for (let k = 0; k < ts.length; k++) text += ts[k].textContent ?? "";
        paragraphs.push(text);
      }
      row.push(paragraphs.join("\n"));
    }
    rows.push(row);
  }
  return rows;
}

type Node = Record<string, unknown>;
function withFastXmlParser(xml: string): Cells {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false }).parse(xml) as Node[];
  const rows: Cells = [];
  const text = (nodes: Node[]): string => nodes.map((n) => ("#text" in n ? String(n["#text"]) : Object.keys(n).filter((k) => k !== ":@").map((k) => text(n[k] as Node[])).join(""))).join("");
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      for (const key of Object.keys(n)) {
        if (key === ":@" || key === "#text") continue;
        const children = n[key] as Node[];
        if (key === "w:tr") {
          const row: string[] = [];
          for (const c of children) {
            if (!("w:tc" in c)) continue;
            const paragraphs = (c["w:tc"] as Node[]).filter((p) => "w:p" in p).map((p) => {
              let t = "";
              const runs = (nodes: Node[]) => { for (const r of nodes) for (const k of Object.keys(r)) { if (k === "w:t") t += text(r[k] as Node[]); else if (k !== ":@" && k !== "#text") runs(r[k] as Node[]); } };
              runs(p["w:p"] as Node[]);
              return t;
            });
            row.push(paragraphs.join("\n"));
          }
          rows.push(row);
        } else walk(children);
      }
    }
  };
  walk(tree);
  return rows;
}

export default async function run(): Promise<Measurement[]> {
  const xml = await documentXml();
  const expected = JSON.stringify(withSaxes(xml));
  for (const [name, f] of [["xmldom", withXmldom], ["fast-xml-parser", withFastXmlParser]] as const) {
    if (JSON.stringify(f(xml)) !== expected) throw new Error(`${name} read different cell texts`);
  }
  const times: Record<string, number[]> = { saxes: [], xmldom: [], "fast-xml-parser": [] };
  const ratios: Record<string, number[]> = { xmldom: [], "fast-xml-parser": [] };
  for (let round = 0; round < ROUNDS; round++) {
    const s = await timeMs(() => withSaxes(xml));
    const d = await timeMs(() => withXmldom(xml));
    const f = await timeMs(() => withFastXmlParser(xml));
    times.saxes.push(s);
    times.xmldom.push(d);
    times["fast-xml-parser"].push(f);
    ratios.xmldom.push(d / s);
    ratios["fast-xml-parser"].push(f / s);
  }
  const mib = (xml.length / 2 ** 20).toFixed(1);
  return [
    { name: `saxes, ${ROWS} rows (${mib} MiB XML)`, value: median(times.saxes), unit: "ms" },
    { name: "@xmldom/xmldom", value: median(times.xmldom), unit: "ms" },
    { name: "fast-xml-parser (preserveOrder)", value: median(times["fast-xml-parser"]), unit: "ms" },
    { name: "xmldom / saxes", value: median(ratios.xmldom), unit: "×", note: "per round, median" },
    { name: "fast-xml-parser / saxes", value: median(ratios["fast-xml-parser"]), unit: "×", note: "per round, median" },
  ];
}
