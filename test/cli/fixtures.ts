import { strToU8, zipSync } from "fflate";
import type { CellValue } from "../../src/core/model/grid";
import { PLAN_HEADER, PLAN_TITLE, PROGRESS_HEADER, PROGRESS_TITLE } from "../support/huzhou-space-templates";

/** A sheet of plain values (no dates or formulas), so it can be written as CSV too. */
export interface ValueSheet {
  name: string;
  rows: CellValue[][];
  merges: string[];
}

/** A 附件1 sheet as a school fills it: title, info line, header, one row per space. */
export function planSheet(school: string, spaces: Array<[space: string, budget: number | string, lead: string | null, phone: string]>): ValueSheet {
  return {
    name: "Sheet1",
    rows: [
      [PLAN_TITLE],
      [`区县：吴兴区      联系人：张老师      联系电话：0572-2021101`],
      PLAN_HEADER,
      ...spaces.map(([space, budget, lead, phone], i): CellValue[] => [i + 1, "吴兴区", school, 1, space, budget, lead, phone, "教学"]),
    ],
    merges: ["A1:I1", "A2:I2"],
  };
}

/** A 附件2 monthly report of one district for `period` (`2025年5月`). */
export function progressSheet(period: string, rows: Array<[school: string, stage: number]>): ValueSheet {
  return {
    name: "Sheet1",
    rows: [
      [`${PROGRESS_TITLE}（${period}）`],
      ["区县：吴兴区      联系人：赵老师      联系电话：0572-2398000"],
      PROGRESS_HEADER,
      ...rows.map(([school, stage], i): CellValue[] => [i + 1, "吴兴区", school, 1, stage, null]),
    ],
    merges: ["A1:F1", "A2:F2"],
  };
}

/**
 * A Word document: a complete OOXML package (content types, relationships, word/document.xml) as
 * Word writes it, minus styles. LibreOffice here is Calc only, so it cannot write one.
 */
export function docxBytes(): Uint8Array {
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`);
  return zipSync({
    "[Content_Types].xml": xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": xml(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>新型教学空间建设计划</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

/** The first half of a real file: a zip cut short, as an interrupted download leaves it. */
export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}
