import { schoolName } from "../normalize/school-name";
import { normalizeName } from "../normalize/text";

const FILE_EXTENSION = /\.(xlsx|xlsm|xls|ods|csv|et)$/i;
// Words around a school's name in a title or a file name.
const TITLE_NOISE = /(台州市)?(中小学)?智慧校园建设评价指标(\(试行\))?|自评表|自评|评价表|指标|附件\d*|[-_ ]+$|^[-_ ]+/g;
const SCHOOL_WORD = /(学校|小学|中学|初中|高中|学院|幼儿园|中心校|分校|校区|实验校)/;
const SCHOOL_WORDS = new RegExp(SCHOOL_WORD.source, "g");

/**
 * A title or file name names the school and then what the sheet is (`…海润小学智慧校园建设自评表`,
 * `…实验中学-自评表`): the name ends with its last school word (`…学院附属小学` keeps both).
 */
function nameInTitle(text: string): string {
  let end = -1;
  for (const match of text.matchAll(SCHOOL_WORDS)) end = match.index! + match[0].length;
  return end < 0 ? "" : text.slice(0, end);
}

/**
 * The school a sheet is about: the `学校名称：` info line, else a title naming a school, else the
 * file name (docs/DOMAIN.md#taizhou-indicators).
 */
export function schoolOf(info: string | undefined, title: string | undefined, fileName: string | undefined): { school: string; schoolFrom: "info-line" | "title" | "file-name" | "none" } {
  if (info) return { school: schoolName(normalizeName(info)), schoolFrom: "info-line" };
  const fromTitle = title ? nameInTitle(normalizeName(title.normalize("NFKC").replace(TITLE_NOISE, ""))) : "";
  if (fromTitle !== "") return { school: schoolName(fromTitle), schoolFrom: "title" };
  const base = fileName ? normalizeName(fileName.replace(/^.*(?:[\\/]| › )/u, "").replace(FILE_EXTENSION, "").normalize("NFKC").replace(TITLE_NOISE, "")) : "";
  if (base !== "") return { school: schoolName(nameInTitle(base) || base), schoolFrom: "file-name" };
  return { school: "", schoolFrom: "none" };
}
