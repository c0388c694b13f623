import { normalizeName } from "../normalize/text";

const FILE_EXTENSION = /\.(xlsx|xlsm|xls|ods|csv|et)$/i;
// Words around a school's name in a title or a file name.
const TITLE_NOISE = /(台州市)?(中小学)?智慧校园建设评价指标(\(试行\))?|自评表|自评|评价表|指标|附件\d*|[-_ ]+$|^[-_ ]+/g;
const SCHOOL_WORD = /(学校|小学|中学|初中|高中|学院|幼儿园|中心校|分校|校区|实验校)/;

/**
 * The school a sheet is about: the `学校名称：` info line, else a title naming a school, else the
 * file name (LAYOUTS.md, taizhou-indicators).
 */
export function schoolOf(info: string | undefined, title: string | undefined, fileName: string | undefined): { school: string; schoolFrom: "info-line" | "title" | "file-name" | "none" } {
  if (info) return { school: normalizeName(info), schoolFrom: "info-line" };
  const fromTitle = title ? normalizeName(title.normalize("NFKC").replace(TITLE_NOISE, "")) : "";
  if (fromTitle !== "" && SCHOOL_WORD.test(fromTitle)) return { school: fromTitle, schoolFrom: "title" };
  const base = fileName ? normalizeName(fileName.replace(/^.*[\\/]/, "").replace(FILE_EXTENSION, "").normalize("NFKC").replace(TITLE_NOISE, "")) : "";
  if (base !== "") return { school: base, schoolFrom: "file-name" };
  return { school: "", schoolFrom: "none" };
}
