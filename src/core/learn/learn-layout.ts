import type { FieldInput, FieldRole, GroupDef, InfoKeyInput, LayoutInput, ValueType } from "../layout/schema";
import { layoutSchema } from "../layout/schema";
import { CONTACT_PERSON_INFO, CONTACT_PHONE_INFO, DISTRICT_INFO } from "../layouts/common-info-keys";
import { columnLetter } from "../messages/column-letter";
import type { Locale } from "../messages/format-issue";
import { sourceColumn, sourceRow, type CellValue, type Grid } from "../model/grid";
import { headerBase, headerKey } from "../normalize/header-key";
import { cellKey, sheetView, type SheetView } from "../recognize/sheet-view";
import { CITIES, MUNICIPAL_DISTRICT } from "../rules/districts";
import { SCHOOL_TYPE_CHOICES } from "../rules/school-stage";
import { STAGES } from "../rules/stages";
import { DISTRICT_INFO_LABELS, groupRole, headerName, KIND_ALIASES, OPTIONAL_MARK, REQUIRED_MARK, ruleForHeader, SCHOOL_ALIASES, type WordReason } from "./header-words";
import { learnText, refusalText, type NoteKey, type RefusalReason, type WhyKey } from "./learn-messages";

/**
 * Learns a layout from a notice's blank template (or one filled-in sample): title, info line and
 * its keys, the header (one or two rows, merged cells), sections, one field per column with its
 * type read from the header's words or the column's drop-down list, what is required, the school
 * field, the scope and the duplicate key. Pure: the grid comes from any reader (a file, Excel's
 * active sheet), drop-down lists on `grid.lists`.
 */

export interface LearnOptions {
  /** The layout's id (default `learned-` and a hash of the title). */
  id?: string;
  /** City whose districts are legal (`湖州市` or `湖州`); default from the district drop-down or the title. */
  city?: string;
  /** Language of `why` and `notes` (default zh-CN). */
  locale?: Locale;
  /** The drop-down lists could not be read from this file's format: say so in the notes. */
  listsUnreadable?: boolean;
}

/** One column as learned, for the table a person checks at a glance. */
export interface LearnedColumn {
  /** 1-based column of the source sheet, and its letter. */
  column: number;
  letter: string;
  /** The header as written (two rows joined by `/`). */
  header: string;
  field: string;
  type: ValueType;
  required: boolean;
  /** Allowed values of a choice field. */
  choices?: string[];
  /** What the column adds up to in the roll-up's totals, when the header says so plainly. */
  role?: FieldRole;
  /** Why each of the above, in the chosen language (`；`-joined reasons). */
  why: string;
}

export type LearnResult =
  | {
      ok: true;
      /** The layout as a file holds it (defaults left out), checked by the layout schema. */
      layout: LayoutInput;
      columns: LearnedColumn[];
      /** What could not be inferred, for a person to check; written into the file's `notes`. */
      notes: string[];
      /** 1-based source rows of the header and of the first data row. */
      headerRows: number[];
      firstDataRow: number;
    }
  | { ok: false; reason: RefusalReason; message: string };

const VOCABULARY = /序号|编号|名称|学校|单位|区县|县|电话|手机|邮箱|联系|姓名|负责人|数量|人数|金额|预算|经费|类型|类别|学段|日期|时间|备注|说明|地址|邮编|职务|职称|学科|项目|情况|等级|指标|性别|年级|班级|方向|内容|级别|年龄/;
const NUMERIC = /^[\d\s.,\-+/%()]+$/;
const COLON = /[:：]/;
const ANNEX = /^附件\s*\d*\s*[:：]?$/;
const TICK_BOX = /[□☐☑■]/;
const LEVEL_HEADER = /^[a-d]级/;

function raw(grid: Grid, r: number, c: number): string {
  const v: CellValue | undefined = grid.rows[r]?.[c];
  return v === null || v === undefined ? "" : String(v);
}

/** How much a row reads as a header: column words count double, numbers against, an info line or prose not at all. */
function headerScore(view: SheetView, r: number): number {
  const texts = view.texts[r] ?? [];
  let score = 0;
  let cells = 0;
  let colons = 0;
  for (const t of texts) {
    if (t === "") continue;
    cells++;
    if (COLON.test(t)) colons++;
    if (NUMERIC.test(t)) score -= 1;
    else if (t.length > 40) score += 0;
    else score += VOCABULARY.test(t) ? 2 : 1;
  }
  if (cells < 2 || colons * 2 >= cells) return 0;
  return score;
}

/** How many cells of a row hold text, and whether all are short texts (no number, no colon): sub-headers, not data. */
function isTextRow(texts: readonly string[]): { count: number; allShortText: boolean } {
  let count = 0;
  let allShortText = true;
  for (const t of texts) {
    if (t === "") continue;
    count++;
    if (NUMERIC.test(t) || t.length > 24 || COLON.test(t)) allShortText = false;
  }
  return { count, allShortText };
}

/** Row r + 1 is a second header row: sub-headers under merged or blank parents, not data. */
function hasSecondRow(view: SheetView, r: number): boolean {
  if (r + 1 >= view.height) return false;
  const below = isTextRow(view.texts[r + 1] ?? []);
  if (below.count < 1 || !below.allShortText) return false;
  const grid = view.grid;
  if (grid.merges.some((m) => m.top === r && m.bottom === r && m.right > m.left)) return true;
  if (grid.merges.some((m) => m.top === r && m.bottom === r + 1)) return true;
  const top = view.texts[r] ?? [];
  const low = view.texts[r + 1] ?? [];
  for (let c = 0; c < low.length; c++) if (low[c] !== "" && (top[c] ?? "") === "") return true;
  return false;
}

/**
 * Row r holds a header standing over both rows beside its parents: a cell merged down into r + 1,
 * or (without merges) a header with nothing under it. A section's contact row over a header has
 * text under each of its cells, and is no parent row.
 */
function hasStandingHeader(view: SheetView, r: number): boolean {
  if (view.grid.merges.some((m) => m.top === r && m.bottom === r + 1)) return true;
  const top = view.texts[r] ?? [];
  const low = view.texts[r + 1] ?? [];
  return top.some((t, c) => t !== "" && (low[c] ?? "") === "" && !view.covered.has(cellKey(r + 1, c)));
}

interface Column {
  c: number;
  header: string;
  name: string;
  group?: string;
  sub?: string;
  /** Text of the parent and sub-header joined, for the words when the sub-header alone says nothing. */
  joined: string;
  aliases: string[];
  marks: string;
}

/** The columns of a header at rows top..bottom: grouped parents spanning sub-headers by a merge or blank cells. */
function readColumns(view: SheetView, top: number, bottom: number): { columns: Column[]; groups: GroupDef[] } {
  const grid = view.grid;
  const two = bottom > top;
  const width = Math.max(view.texts[top]?.length ?? 0, two ? (view.texts[bottom]?.length ?? 0) : 0);
  const columns: Column[] = [];
  const groups: GroupDef[] = [];
  let parent: { name: string; until: number } | undefined;
  for (let c = 0; c < width; c++) {
    const topText = headerName(raw(grid, top, c));
    const lowText = two ? headerName(raw(grid, bottom, c)) : "";
    const marks = `${raw(grid, top, c)} ${two ? raw(grid, bottom, c) : ""}`.normalize("NFKC");
    if (topText !== "") {
      parent = undefined;
      const merge = grid.merges.find((m) => m.top === top && m.left === c && m.bottom === top && m.right > c);
      let span = merge ? merge.right : c;
      if (!merge && two && lowText !== "") {
        // Without merges (CSV), a parent spans the blank cells to its right that have sub-headers.
        while (span + 1 < width && (view.texts[top]?.[span + 1] ?? "") === "" && (view.texts[bottom]?.[span + 1] ?? "") !== "") span++;
      }
      if (two && lowText !== "" && span > c) {
        parent = { name: topText, until: span };
        const role = groupRole(topText);
        if (!groups.some((g) => g.name === topText)) groups.push({ name: topText, aliases: role ? [role] : [] });
      }
    } else if (parent && (c > parent.until || (!view.covered.has(cellKey(top, c)) && lowText === ""))) parent = undefined;
    if (parent && lowText !== "") {
      columns.push({ c, header: `${parent.name}/${lowText}`, name: `${parent.name}/${lowText}`, group: parent.name, sub: lowText, joined: parent.name + lowText, aliases: [], marks });
    } else if (topText !== "") {
      const aliases = lowText !== "" && lowText !== topText ? [lowText] : [];
      columns.push({ c, header: lowText && lowText !== topText ? `${topText}/${lowText}` : topText, name: topText, joined: topText + lowText, aliases, marks });
    } else if (lowText !== "") {
      columns.push({ c, header: lowText, name: lowText, joined: lowText, aliases: [], marks });
    }
  }
  return { columns, groups };
}

/** Labels of an info line (`区（县、市）：…（盖章）  联系人：  联系电话/手机：`), in order. */
function infoLabels(texts: readonly string[]): string[] {
  const line = texts.filter((t) => t !== "").join("  ").normalize("NFKC");
  const labels: string[] = [];
  for (const m of line.matchAll(/([^\s:_…]+?)\s*(?:\((?:盖章|公章)\))?\s*:/g)) {
    const label = m[1].replace(/^[)）.。,，;；、]+/, "").replace(/\((盖章|公章)\)$/, "");
    if (label !== "" && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

const KNOWN_INFO: readonly InfoKeyInput[] = [DISTRICT_INFO, CONTACT_PERSON_INFO, CONTACT_PHONE_INFO];

function infoKeyFor(label: string): InfoKeyInput {
  const key = headerKey(label);
  const known = KNOWN_INFO.find((k) => [k.key, ...(k.aliases ?? [])].some((a) => headerKey(a) === key));
  const district = /^(区|县)/.test(key) && /县|区/.test(key.slice(1)) && key.length <= 8;
  const base = known ?? (district ? DISTRICT_INFO : undefined);
  if (!base) return { key: label, aliases: [] };
  const aliases = [...(base.aliases ?? [])];
  if (base === DISTRICT_INFO) for (const l of DISTRICT_INFO_LABELS) if (!aliases.some((a) => headerKey(a) === headerKey(l))) aliases.push(l);
  if (headerKey(base.key) !== key && !aliases.some((a) => headerKey(a) === key)) aliases.unshift(label);
  return { key: base.key, aliases };
}

function cityNamed(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const c = CITIES.find((x) => x.name === text || x.short === text || x.name === `${text}市`);
  return c?.name;
}

/** A city whose divisions and zones hold most of a district drop-down's values. */
function cityOfList(values: readonly string[]): string | undefined {
  let best: { name: string; hits: number } | undefined;
  for (const c of CITIES) {
    const names = new Set([...c.divisions, ...c.zones.flatMap((z) => [z.name, ...z.aliases]), MUNICIPAL_DISTRICT, "市直属"]);
    const hits = values.filter((v) => names.has(v)).length;
    if (hits * 2 > values.length && (!best || hits > best.hits)) best = { name: c.name, hits };
  }
  return best?.name;
}

function cityOfTitle(title: string): string | undefined {
  return CITIES.find((c) => title.includes(c.name) || title.startsWith(c.short))?.name;
}

/** A short stable id from the title: `learned-` and eight hex digits (FNV-1a). */
function idOf(title: string): string {
  let h = 0x811c9dc5;
  for (const ch of title) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `learned-${h.toString(16).padStart(8, "0")}`;
}

interface Section {
  header: number;
  marker?: { row: number; text: string };
  contact?: string;
}

/** Further rows holding the same header (a sectioned sheet), each with its section row and contact row above. */
function findSections(view: SheetView, grid: Grid, top: number, firstAbove: number): Section[] {
  const keyOf = (r: number) => (grid.rows[r] ?? []).map((v) => headerKey(v)).filter((k) => k !== "").join("|");
  const wanted = keyOf(top);
  const headers = [top];
  for (let r = top + 1; r < Math.min(grid.rows.length, 2000); r++) if (keyOf(r) === wanted) headers.push(r);
  if (headers.length < 2) return [];
  return headers.map((h, i) => {
    const floor = i === 0 ? firstAbove : headers[i - 1] + 1;
    const section: Section = { header: h };
    for (let r = h - 1; r >= floor; r--) {
      const texts = (grid.rows[r] ?? []).map((v) => (v === null ? "" : String(v).normalize("NFKC").trim())).filter((t) => t !== "");
      if (texts.length === 0) continue;
      if (texts[0].includes("联系人") || texts.some((t) => /联系电话/.test(t))) {
        section.contact ??= texts[0].replace(/[:：\s]+$/, "").split(/[:：]/)[0];
        continue;
      }
      if (texts.length === 1 && !NUMERIC.test(texts[0]) && !COLON.test(texts[0])) {
        section.marker = { row: r, text: texts[0] };
        break;
      }
      if (texts.every((t) => NUMERIC.test(t))) continue;
      break;
    }
    return section;
  });
}

/**
 * Learns the layout of one sheet. Refuses (with the reason, in the chosen language) a sheet with
 * no recognisable header, an indicator matrix and a form: those are not one row per entry.
 */
export function learnLayout(grid: Grid, options: LearnOptions = {}): LearnResult {
  const locale = options.locale ?? "zh-CN";
  const refuse = (reason: RefusalReason): LearnResult => ({ ok: false, reason, message: refusalText(locale, reason) });
  const view = sheetView(grid, 40);
  const notes: string[] = [];
  const note = (key: NoteKey, params: Record<string, string> = {}) => notes.push(learnText(locale, key, params));

  let boxes = 0;
  for (const row of view.texts) for (const t of row) if (TICK_BOX.test(t)) boxes++;

  let top = -1;
  let best = 0;
  for (let r = 0; r < view.height; r++) {
    const s = headerScore(view, r);
    if (s > best) {
      best = s;
      top = r;
    }
  }
  // The sub-headers of a two-row header may outscore their parents' row (`姓名 | 职务 | 联系电话`
  // twice under two merged parents): the header starts at the parents' row.
  if (top > 0 && headerScore(view, top - 1) >= 3 && hasSecondRow(view, top - 1) && hasStandingHeader(view, top - 1)) top -= 1;
  const headerKeys = top >= 0 ? (view.keys[top] ?? []) : [];
  if (headerKeys.filter((k) => LEVEL_HEADER.test(k)).length >= 3 || (headerKeys.some((k) => k.includes("评价指标")) && headerKeys.some((k) => k.includes("评价")))) {
    return refuse("indicator-matrix");
  }
  if (boxes >= 2) return refuse("form");
  if (top < 0 || best < 3) return refuse("no-header");

  const bottom = hasSecondRow(view, top) ? top + 1 : top;
  const { columns, groups } = readColumns(view, top, bottom);
  if (columns.length < 2) return refuse("no-header");

  // Above the header: the annex line, the title, the info line, a section's rows.
  const sections = findSections(view, grid, top, 0);
  const firstSectionRow = sections[0]?.marker?.row ?? top;
  const titleParts: string[] = [];
  const info: InfoKeyInput[] = [];
  for (let r = 0; r < firstSectionRow; r++) {
    const texts = view.texts[r] ?? [];
    if (texts.every((t) => t === "")) continue;
    if (texts.some((t) => COLON.test(t))) {
      for (const label of infoLabels(texts)) {
        const key = infoKeyFor(label);
        if (!info.some((i) => i.key === key.key)) info.push(key);
      }
      continue;
    }
    const text = (grid.rows[r] ?? []).map((v) => (v === null ? "" : String(v).trim())).filter((t) => t !== "").join(" ").replace(/\s+/g, " ");
    if (ANNEX.test(text.normalize("NFKC"))) continue;
    titleParts.push(text);
  }
  const title = titleParts.join(" ") || grid.name;
  if (titleParts.length === 0) note("title-missing");
  const infoHas = (key: string) => info.some((i) => i.key === key);

  // Drop-down lists of the rows under the header.
  const listFor = (c: number) => grid.lists?.find((l) => l.area.left <= c && c <= l.area.right && l.area.bottom > bottom)?.values;

  let city = cityNamed(options.city);
  let cityWhy: NoteKey | undefined;
  const noteValues = (values: readonly string[]) => (values.length > 8 ? `${values.slice(0, 8).join("、")}…` : values.join("、"));

  const anyRequiredMark = columns.some((col) => REQUIRED_MARK.test(col.marks));
  const fields: FieldInput[] = [];
  const learned: LearnedColumn[] = [];
  const whyOf: string[][] = [];
  const reasonOf: WordReason[] = [];
  for (const col of columns) {
    const key = headerKey(col.sub ?? col.name);
    let rule = ruleForHeader(key, headerBase(key));
    if (col.group && rule.reason === "plain") {
      const joined = headerKey(col.joined);
      const parentRule = ruleForHeader(joined, headerBase(joined));
      if (parentRule.reason !== "name") rule = parentRule;
    }
    reasonOf.push(rule.reason);
    const field: FieldInput = { name: col.name, ...(col.group ? { group: col.group } : {}), ...rule.field };
    const why: string[] = [learnText(locale, rule.reason as WhyKey, { unit: String(rule.field.unit ?? "") })];
    const aliases = new Set(col.aliases);
    const base = headerBase(headerKey(col.name));
    if (!col.group && base !== headerKey(col.name) && base !== "") aliases.add(col.name.replace(/[（(][^（）()]*[)）]/g, ""));
    if (aliases.size) field.aliases = [...aliases];
    const values = listFor(col.c);
    if (values?.length) {
      if (field.type === "district") {
        const fromList = cityOfList(values);
        if (!city && fromList) {
          city = fromList;
          cityWhy = "city-from-list";
        }
        why.push(learnText(locale, "list-district", { count: String(values.length) }));
      } else if (values.every((v) => STAGES.some((s) => String(s.code) === v)) && values.length >= 5) {
        field.type = "stage";
        delete field.choices;
        why.splice(0, why.length, learnText(locale, "list-stage"));
      } else {
        const known = values.map((v) => SCHOOL_TYPE_CHOICES.find((c) => c.value === v));
        field.type = "choice";
        if (known.every((k) => k !== undefined)) {
          field.choices = known.map((k) => ({ value: k!.value, synonyms: [...k!.synonyms] }));
          why.splice(0, why.length, learnText(locale, "list-school-type", { values: noteValues(values) }));
        } else {
          field.choices = values.map((v) => ({ value: v, synonyms: [] }));
          why.splice(0, why.length, learnText(locale, "list", { values: noteValues(values) }));
        }
        delete field.min;
        delete field.max;
        delete field.unit;
        delete field.suspiciousAbove;
        delete field.collapseSpaces;
      }
    }
    if (col.group) why.push(learnText(locale, "group", { group: col.group }));
    let required: boolean;
    if (rule.reason === "serial" || rule.reason === "remark") required = false;
    else if (anyRequiredMark) required = REQUIRED_MARK.test(col.marks);
    else required = !OPTIONAL_MARK.test(col.marks);
    if (anyRequiredMark && required) why.push(learnText(locale, "required-mark"));
    else if (OPTIONAL_MARK.test(col.marks)) why.push(learnText(locale, "optional-mark"));
    if (required) field.required = true;
    // A district or unit column the info line also names (区县, 申报单位) is filled from it where
    // left blank; a person's column (联系人) is not: the info line names the sender's contact.
    const infoKey =
      field.type === "district" && infoHas("区县")
        ? "区县"
        : /单位/.test(col.name)
          ? info.find((i) => i.key !== "区县" && [i.key, ...(i.aliases ?? [])].some((a) => headerKey(a) === headerKey(col.name)))?.key
          : undefined;
    if (infoKey && !col.group) {
      field.fromInfo = infoKey;
      why.push(learnText(locale, "from-info", { key: infoKey }));
    }
    fields.push(field);
    whyOf.push(why);
    learned.push({
      column: sourceColumn(grid, col.c),
      letter: columnLetter(sourceColumn(grid, col.c)),
      header: col.header,
      field: col.name,
      type: (field.type ?? "text") as ValueType,
      required,
      ...(field.choices ? { choices: field.choices.map((c) => c.value) } : {}),
      why: "",
    });
  }
  // A school's other spellings of a header, for kinds only one plain column of the table has.
  const reasons = columns.map((col, i) => ({ col, field: fields[i], reason: reasonOf[i] }));
  for (const { col, field, reason } of reasons) {
    const kind = KIND_ALIASES[reason];
    if (!kind || field.choices && reason !== "school-type") continue;
    const sameKind = reasons.filter((r) => r.reason === reason && !!r.col.group === !!col.group && r.col.group === col.group);
    if (sameKind.length > 1) continue;
    const own = headerKey(col.sub ?? col.name);
    const extra = kind.filter((a) => headerKey(a) !== own);
    if (extra.length) field.aliases = [...new Set([...(field.aliases ?? []), ...extra])];
  }
  const names = new Set<string>();
  for (const f of fields) {
    let name = f.name;
    for (let n = 2; names.has(name); n++) name = `${f.name}${n}`;
    if (name !== f.name) learned[fields.indexOf(f)].field = name;
    f.name = name;
    names.add(name);
  }
  if (anyRequiredMark) note("required-marked");
  const roleNotes = proposeRoles(columns.map((col, i) => ({ field: fields[i], reason: reasonOf[i], key: headerKey(col.sub ?? col.name) })));
  for (const { index, role } of roleNotes.roles) {
    learned[index].role = role;
    whyOf[index].push(learnText(locale, `role-${role}`));
  }

  // The school, the scope, the duplicate key.
  const plain = fields.filter((f) => !f.group && !f.ignoredOnInput);
  const baseOf = (f: FieldInput) => headerBase(headerKey(f.name));
  const school =
    plain.find((f) => baseOf(f) === "学校名称") ??
    plain.find((f) => baseOf(f).includes("学校") && baseOf(f).includes("名称")) ??
    plain.find((f) => /^(学校|学校全称|申报学校)$/.test(baseOf(f))) ??
    plain.find((f) => /单位/.test(baseOf(f)) && !/联系/.test(baseOf(f))) ??
    plain.find((f) => /学校/.test(baseOf(f)));
  const schoolField = school ?? plain.find((f) => (f.type ?? "text") === "text") ?? fields[0];
  if (!school) note("school-unknown");
  const schoolIndex = fields.indexOf(schoolField);
  whyOf[schoolIndex].push(learnText(locale, "school"));
  if (!schoolField.required && !anyRequiredMark) schoolField.required = true;
  if (school && /学校/.test(baseOf(school))) {
    const other = SCHOOL_ALIASES.filter((a) => headerKey(a) !== headerKey(school.name) && !fields.some((f) => headerKey(f.name) === headerKey(a)));
    school.aliases = [...new Set([...(school.aliases ?? []), ...other])];
  }

  let district = fields.find((f) => f.type === "district");
  if (!district && infoHas("区县")) {
    district = { name: "区县", type: "district", fromInfo: "区县" };
    let name = "区县";
    for (let n = 2; names.has(name); n++) name = `区县${n}`;
    district.name = name;
    fields.push(district);
  }
  const scope = district ? { field: district.name, ...(infoHas("区县") ? { infoKey: "区县" } : {}), level: "district" as const } : undefined;
  if (!scope) note("scope-unknown");

  const noteRows = grid.rows.slice(bottom + 1).map((row) => row.filter((v) => v !== null && v !== "").map(String).join(""));
  const repeats = noteRows.some((t) => /^注|说明/.test(t) && /重复|多个|多项|分别/.test(t)) || schoolRepeats(grid, bottom + 1, columns[schoolIndex]?.c);
  const second = plain.find((f) => f !== schoolField && (/(名称|题目|课题)$/.test(baseOf(f)) || /姓名$/.test(baseOf(f))));
  const keyFields = second || repeats ? [schoolField, ...(second ? [second] : [])] : [schoolField];
  const duplicateKey = fields.filter((f) => keyFields.includes(f)).map((f) => f.name);
  whyOf[schoolIndex].push(learnText(locale, "duplicate-key", { key: duplicateKey.join(" + ") }));

  if (!city) {
    const fromTitle = cityOfTitle(title);
    if (fromTitle) {
      city = fromTitle;
      cityWhy = "city-from-title";
    }
  }
  if (options.city && city) cityWhy = undefined;
  if (cityWhy && city) note(cityWhy, { city });
  if (!city && district) note("city-unknown");

  let sectionsEntry: LayoutInput["sections"];
  if (sections.length >= 2 && sections.every((s) => s.marker)) {
    let field = "类别";
    for (let n = 2; names.has(field); n++) field = `类别${n}`;
    const markers = sections.map((s) => {
      const match = s.marker!.text.normalize("NFKC").replace(/\([^()]*\)/g, "").replace(/\s+/g, "");
      return { match, value: match };
    });
    const contactLabels = [...new Set(sections.map((s) => s.contact).filter((c): c is string => !!c))];
    sectionsEntry = { field, markers, contactLabels };
    fields.unshift({ name: field, fromSection: true, required: true });
    note("sections", { count: String(markers.length), markers: markers.map((m) => m.match).join("、"), field });
  }

  const id = options.id ?? idOf(title);
  if (!options.id) note("id-chosen", { id });
  note("first-data-row", { header: [top, bottom].filter((r, i, a) => a.indexOf(r) === i).map((r) => String(sourceRow(grid, r))).join("–"), first: String(sourceRow(grid, bottom + 1)) });
  for (const { index, role } of roleNotes.roles) note(`role-${role}-set`, { field: learned[index].field });
  if (roleNotes.unset.length) note("roles-unset", { fields: roleNotes.unset.join("、") });
  if (fields.some((f) => f.type === "integer")) note("min-one");
  if (fields.some((f) => f.type === "number" || f.type === "integer")) note("suspicious");
  note("quota");
  note("due");
  if (options.listsUnreadable) note("lists-other-format");

  const layout: LayoutInput = {
    id,
    title,
    kind: sectionsEntry ? "sectioned-list" : "list",
    ...(city ? { city } : {}),
    ...(info.length ? { info } : {}),
    ...(groups.length ? { groups } : {}),
    ...(sectionsEntry ? { sections: sectionsEntry } : {}),
    fields,
    school: { field: schoolField.name },
    duplicateKey,
    ...(scope ? { scope } : {}),
  };
  const checked = layoutSchema.safeParse(layout);
  if (!checked.success) throw new Error(`learned layout is invalid: ${checked.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);

  learned.forEach((l, i) => {
    const f = fields.find((x) => x.name === l.field)!;
    l.required = f.required === true;
    const why = whyOf[i];
    why.push(learnText(locale, l.required ? "required" : "not-required"));
    l.why = why.join(locale === "zh-CN" ? "；" : "; ");
  });
  const headerRows = bottom > top ? [sourceRow(grid, top), sourceRow(grid, bottom)] : [sourceRow(grid, top)];
  return { ok: true, layout, columns: learned, notes, headerRows, firstDataRow: sourceRow(grid, bottom + 1) };
}

/** The header words that make a column's role plain: a count of 空间, a 预算/金额 … sum in 万元. */
const SPACES_WORDS = /空间/;
const BUDGET_WORDS = /预算|金额|经费|资金|投入|投资/;

/**
 * The roles a learned table's columns get: `spaces` for the one count whose header names 空间
 * (拟建空间数量（个）), `budget` for the one sum in 万元 whose header names 预算, 金额 … When two
 * columns could take a role, or a number column names neither, no role is given: the column is
 * listed in the notes for a person to mark, since a wrong role would be summed.
 */
function proposeRoles(columns: ReadonlyArray<{ field: FieldInput; reason: WordReason; key: string }>): { roles: Array<{ index: number; role: FieldRole }>; unset: string[] } {
  const roles: Array<{ index: number; role: FieldRole }> = [];
  const candidates = (test: (c: (typeof columns)[number]) => boolean) => columns.map((c, index) => ({ c, index })).filter(({ c }) => test(c));
  const spaces = candidates((c) => c.field.type === "integer" && c.reason === "count" && SPACES_WORDS.test(c.key));
  const budget = candidates((c) => c.field.type === "number" && c.reason === "money" && c.field.unit === "万元" && BUDGET_WORDS.test(c.key));
  for (const [found, role] of [[spaces, "spaces"], [budget, "budget"]] as const) {
    if (found.length !== 1) continue;
    found[0].c.field.role = role;
    roles.push({ index: found[0].index, role });
  }
  const unset = columns
    .filter((c) => c.field.role === undefined && (c.reason === "count" || c.reason === "money") && (c.field.type === "integer" || c.field.type === "number"))
    .map((c) => c.field.name);
  return { roles, unset };
}

/** A filled-in sample names a school on more than one row (so a row is not one school). */
function schoolRepeats(grid: Grid, from: number, c: number | undefined): boolean {
  if (c === undefined) return false;
  const seen = new Set<string>();
  for (let r = from; r < grid.rows.length; r++) {
    const v = grid.rows[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    const k = String(v).replace(/\s+/g, "");
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

