import { z } from "zod";

/**
 * A layout definition is data: one object per official table (docs/DOMAIN.md#layouts), checked by this schema
 * when the catalog loads. Recognition, reading, validation and the roll-up are driven by it; no code
 * branches on a layout id.
 */

/** What a cell of a field must hold. Each type has exactly one check in `src/core/validate/`. */
export const VALUE_TYPES = [
  "text",
  "integer",
  "number",
  "phone",
  "email",
  "postcode",
  "contact",
  "choice",
  "district",
  "stage",
  /** A date (日期 / 时间 columns): ISO text, or any common way of writing one. */
  "date",
  /** An indicator's self-assessed level (A–D, or 完全实现 …), read by the rules' `indicatorLevel`. */
  "level",
  /** The ticked items of a form, at least `form.minItems` of them. */
  "items",
] as const;
export const valueTypeSchema = z.enum(VALUE_TYPES);
export type ValueType = z.infer<typeof valueTypeSchema>;

/**
 * What a column counts for in the roll-up's totals (统计), beyond checking its cells. Only these
 * need saying: the school is `school.field`, the district `scope.field`, the quota's category
 * `quota.categoryField`, a monthly report's stage the field of type `stage`, a form's ticked items
 * the field of type `items`, an indicator's level `indicators.levelField`.
 */
export const FIELD_ROLES = ["spaces", "budget"] as const;
export const fieldRoleSchema = z
  .enum(FIELD_ROLES)
  .describe(
    "这一列在汇总“统计”中合计成什么（不写则不合计）。spaces：空间数量（个），按区县和全部合计，如“拟建空间数量（个）”；budget：预算金额（万元），按区县和全部合计，如“预算金额（万元）”。每种至多一列，且须是 integer 或 number 类型。名额、人数等其他数量列不要写。" +
      " / What this column adds up to in the roll-up's totals (统计); leave it out and the column is not summed. spaces: the number of spaces (个), summed per district and overall (拟建空间数量（个）); budget: the budget in 万元, summed per district and overall (预算金额（万元）). At most one column each, of type integer or number. Do not set it on other counts (名额, 人数).",
  );
export type FieldRole = z.infer<typeof fieldRoleSchema>;

/** An allowed value and the spellings understood as it (rewritten with `normalized-value`). */
export const choiceSchema = z.strictObject({
  value: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
});
export type Choice = z.infer<typeof choiceSchema>;

export const fieldSchema = z.strictObject({
  /** Canonical field name used in every report; `组/子` for a field under a grouped header. */
  name: z.string().min(1),
  /** Other header texts meaning this field (compared after header-key normalisation). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Parent header of a grouped two-row header (`试点工作负责人`, one of the layout's `groups`). The
   * sub-header is `name` after `/` or one of `aliases`; `group + sub` is read as a one-row header.
   */
  group: z.string().min(1).optional(),
  required: z.boolean().default(false),
  type: valueTypeSchema.default("text"),
  /** Smallest legal number (inclusive). */
  min: z.number().optional(),
  /** Largest legal number (inclusive). */
  max: z.number().optional(),
  /** A legal value above this is flagged `suspicious-value` (e.g. a budget typed in 元, not 万元). */
  suspiciousAbove: z.number().optional(),
  /** Unit a number may be written with (`万元`, `个`); stripped before parsing. Says nothing about totals: see `role`. */
  unit: z.string().optional(),
  /** What the column adds up to in the roll-up's totals (`spaces`, `budget`); absent: not summed. */
  role: fieldRoleSchema.optional(),
  /** Allowed values of a `choice` field. */
  choices: z.array(choiceSchema).optional(),
  /** Read but not checked nor kept (序号: renumbered on output). */
  ignoredOnInput: z.boolean().default(false),
  /** Info-line key whose value fills this field where its cell is blank (no issue). */
  fromInfo: z.string().optional(),
  /** The field's value comes from the section the row sits in (huzhou-case-summary's 类别). */
  fromSection: z.boolean().default(false),
  /** Names are compared with inner spaces collapsed (`学 校 名 称` style values). */
  collapseSpaces: z.boolean().default(false),
  /**
   * Sub-headers a school may split this column into under a second header row, the field's header
   * merged over them (`联系电话` over `手机 | 座机`). The sub-columns together are the field: their
   * values are joined (`137…/0572-…`) and each is checked, an issue naming its own cell.
   */
  subColumns: z.array(z.string().min(1)).default([]),
});
export type FieldDef = z.infer<typeof fieldSchema>;
/** A field as written in a layout data file (defaults may be left out). */
export type FieldInput = z.input<typeof fieldSchema>;

/** The parent of a grouped two-row header (`试点工作负责人` over `姓名 | 职务 | 联系电话 | 电子邮箱`). */
export const groupSchema = z.strictObject({
  name: z.string().min(1),
  /** Other spellings of the parent; `alias + sub-header` is also read as a one-row header (`负责人姓名`). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type GroupDef = z.infer<typeof groupSchema>;

/** A key of the info line above the header (`区县：吴兴区  联系人：张三`). */
export const infoKeySchema = z.strictObject({
  key: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});
export type InfoKeyDef = z.infer<typeof infoKeySchema>;
export type InfoKeyInput = z.input<typeof infoKeySchema>;

/** A section row opening part of a sectioned sheet; every record below carries `value` in the section field. */
export const sectionMarkerSchema = z.strictObject({
  /** Text the section row starts with (after normalisation). */
  match: z.string().min(1),
  value: z.string().min(1),
});

export const sectionsSchema = z.strictObject({
  field: z.string().min(1),
  markers: z.array(sectionMarkerSchema).min(1),
  /** Label of the per-section contact row (`工作联系人 | … | 联系电话 | …`), read as section info. */
  contactLabels: z.array(z.string().min(1)).default([]),
});

/** Kinds of scope a quota counts per. */
export const quotaScopeSchema = z.enum(["district", "functional-zone", "municipal-school", "city"]);
export type QuotaScope = z.infer<typeof quotaScopeSchema>;

export const quotaRuleSchema = z.strictObject({
  scope: quotaScopeSchema,
  /** Field whose value names the scope (default: the layout's `scope.field`); a municipal school is counted by its 单位. */
  scopeField: z.string().optional(),
  /** Fixed most entries per scope (and per category when `perCategory`). */
  limit: z.number().int().nonnegative().optional(),
  /** Name a layout id whose table gives the limit per scope (`zhejiang-pilot-quota`). */
  table: z.string().optional(),
  /** Column of `table` holding the limit, by category value (`区域` → `区域试点名额`). */
  tableColumns: z.record(z.string(), z.string()).optional(),
  /** Column of `table` naming the scope (`设区市`). */
  tableKey: z.string().optional(),
  perCategory: z.boolean().default(false),
  /** A 直属 school applies for itself: it counts toward no district quota. */
  note: z.string().optional(),
});
export type QuotaRule = z.infer<typeof quotaRuleSchema>;

export const quotaSchema = z.strictObject({
  /** Field whose value splits the count (`类别`, `试点类别`); absent when one count. */
  categoryField: z.string().optional(),
  rules: z.array(quotaRuleSchema).min(1),
});
export type QuotaSpec = z.infer<typeof quotaSchema>;

/** Where a record's district / scope comes from: a field, else an info-line key. */
export const scopeSourceSchema = z.strictObject({
  field: z.string().optional(),
  infoKey: z.string().optional(),
  /** What the scope names: a district (county level) or a city. */
  level: z.enum(["district", "city"]).default("district"),
});

/**
 * The field naming the school (or 单位, 试点单位) a row belongs to: the roll-up's cross-level and
 * period checks and the roster compare it.
 */
export const schoolSourceSchema = z.strictObject({
  field: z.string().min(1),
});

/** One self-assessment level of the indicator matrix: its letter and the field of its tick column. */
export const indicatorLevelSchema = z.strictObject({
  letter: z.string().min(1),
  field: z.string().min(1),
  /** What the level means, the second header row of the notice's sheet (`完全实现`). */
  label: z.string().optional(),
});

/** One indicator as the notice numbers and words it (written into the blank template). */
export const indicatorEntrySchema = z.strictObject({
  no: z.number().int().positive(),
  item: z.string().min(1),
  indicator: z.string().min(1),
  detail: z.string().min(1),
});
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;

export const indicatorGroupSchema = z.strictObject({
  item: z.string().min(1),
  indicator: z.string().min(1),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
});

export const indicatorsSchema = z.strictObject({
  count: z.number().int().positive(),
  /** Field holding the indicator's number. */
  numberField: z.string().min(1),
  levels: z.array(indicatorLevelSchema).min(2),
  /** Field of the single letter column used instead of tick columns (`等级`/`自评等级`); also holds the level read from ticks. */
  levelField: z.string().min(1),
  /** Info key naming the school (`学校名称：…` line). */
  schoolInfoKey: z.string().min(1),
  groups: z.array(indicatorGroupSchema).default([]),
  /** The notice's indicators in order, numbered 1…count; the blank template lists them. */
  list: z.array(indicatorEntrySchema).default([]),
  /** The notice's note under the table (how the grade is counted). */
  note: z.string().optional(),
});

/** A box of the form below the items (`教育局意见`): its label, what is printed in it, its height in lines. */
export const formRowSchema = z.strictObject({
  label: z.string().min(1),
  /** Printed in the box: a hint (`（请对照分类内容进行简要阐述；1500 字左右）`) or a signature line (`（盖章）  年  月  日`). */
  note: z.string().optional(),
  lines: z.number().int().positive().default(1),
});

export const formSchema = z.strictObject({
  /** Label of the cell whose right-hand neighbour names the school. */
  nameLabels: z.array(z.string().min(1)).min(1),
  /** Label of the row holding the tick boxes. */
  itemsLabels: z.array(z.string().min(1)).min(1),
  items: z.array(z.string().min(1)).min(1),
  /** Fewest items an application must tick. */
  minItems: z.number().int().nonnegative(),
  /** Printed beside the school's name (`（盖章）  年  月  日`). */
  nameNote: z.string().optional(),
  /** How to tick, after the items label (`（□内打√）`). */
  itemsNote: z.string().optional(),
  /** The form's other boxes, in order, for the blank template. */
  rows: z.array(formRowSchema).default([]),
});

export const layoutKindSchema = z.enum(["list", "sectioned-list", "indicator-matrix", "form", "reference"]);
export type LayoutKind = z.infer<typeof layoutKindSchema>;

/** Kinds whose rows belong to a school named by a field (`school.field`). */
const SCHOOL_KINDS: ReadonlySet<LayoutKind> = new Set<LayoutKind>(["list", "sectioned-list", "form"]);

export const layoutSchema = z
  .strictObject({
    /** Where an editor finds this schema (`./layout.schema.json`); ignored by the engine. */
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    titleAliases: z.array(z.string().min(1)).default([]),
    kind: layoutKindSchema,
    /** Which seed notice and annex the layout comes from. */
    source: z.string().optional(),
    /** City the layout's districts belong to (`湖州市`); absent for a province-wide layout. */
    city: z.string().optional(),
    /** Due date (ISO) of the submission, or the day of month for a monthly report. */
    due: z.string().optional(),
    dueDayOfMonth: z.number().int().min(1).max(31).optional(),
    fields: z.array(fieldSchema).min(1),
    info: z.array(infoKeySchema).default([]),
    groups: z.array(groupSchema).default([]),
    sections: sectionsSchema.optional(),
    /** Fields that together identify a row; repeats are `duplicate-row`. */
    duplicateKey: z.array(z.string().min(1)).default([]),
    scope: scopeSourceSchema.optional(),
    /** Required of a list, sectioned list or form; an indicator matrix names its school by `indicators.schoolInfoKey`. */
    school: schoolSourceSchema.optional(),
    quota: quotaSchema.optional(),
    indicators: indicatorsSchema.optional(),
    form: formSchema.optional(),
    /** What a person should check: what learning from a template could not infer. Not read by the engine. */
    notes: z.array(z.string()).optional(),
    /** Built-in table of a `reference` layout (overridden by a sheet of this layout). */
    builtIn: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).optional(),
  })
  .superRefine((layout, ctx) => {
    // Each fault names the JSON path of the entry at fault and a `rule` with its params, so a
    // layout file's reader can say where and what in the staffer's language (layout-file-messages).
    const fault = (path: PropertyKey[], rule: LayoutRule, message: string, params: Record<string, string> = {}) =>
      ctx.addIssue({ code: "custom", path, message: `${layout.id}: ${message}`, params: { rule, ...params } });
    const names = new Set(layout.fields.map((f) => f.name));
    const seen = new Set<string>();
    layout.fields.forEach((f, i) => {
      if (seen.has(f.name)) fault(["fields", i, "name"], "duplicate-field", "duplicate field name", { name: f.name });
      seen.add(f.name);
    });
    const known = (name: string | undefined, path: PropertyKey[], what: string) => {
      if (name !== undefined && !names.has(name)) fault(path, "unknown-field", `${what} names unknown field ${name}`, { name });
    };
    layout.duplicateKey.forEach((k, i) => known(k, ["duplicateKey", i], "duplicateKey"));
    known(layout.sections?.field, ["sections", "field"], "sections.field");
    known(layout.scope?.field, ["scope", "field"], "scope.field");
    known(layout.school?.field, ["school", "field"], "school.field");
    known(layout.quota?.categoryField, ["quota", "categoryField"], "quota.categoryField");
    layout.quota?.rules.forEach((r, i) => known(r.scopeField, ["quota", "rules", i, "scopeField"], "quota rule scopeField"));
    known(layout.indicators?.numberField, ["indicators", "numberField"], "indicators.numberField");
    known(layout.indicators?.levelField, ["indicators", "levelField"], "indicators.levelField");
    layout.indicators?.levels.forEach((l, i) => known(l.field, ["indicators", "levels", i, "field"], "indicators.levels"));
    const groups = new Set(layout.groups.map((g) => g.name));
    layout.fields.forEach((f, i) => {
      if (f.group && !groups.has(f.group)) fault(["fields", i, "group"], "unknown-group", `${f.name} names unknown group ${f.group}`, { name: f.group });
    });
    const roleOwner = new Map<string, string>();
    layout.fields.forEach((f, i) => {
      if (f.role === undefined) return;
      const owner = roleOwner.get(f.role);
      if (owner !== undefined) fault(["fields", i, "role"], "duplicate-role", `role ${f.role} is given to ${owner} and ${f.name}`, { role: f.role, name: f.name, other: owner });
      else roleOwner.set(f.role, f.name);
      if (f.type !== "integer" && f.type !== "number") fault(["fields", i, "role"], "role-type", `${f.name} has role ${f.role} but type ${f.type}`, { role: f.role, name: f.name, type: f.type });
    });
    const infoKeys = new Set(layout.info.map((i) => i.key));
    layout.fields.forEach((f, i) => {
      if (f.type === "choice" && !f.choices?.length) fault(["fields", i, "choices"], "no-choices", `choice field ${f.name} has no choices`, { name: f.name });
      if (f.fromInfo && !infoKeys.has(f.fromInfo)) fault(["fields", i, "fromInfo"], "unknown-info-key", `${f.name}.fromInfo names unknown info key ${f.fromInfo}`, { name: f.fromInfo });
    });
    if (layout.scope?.infoKey && !infoKeys.has(layout.scope.infoKey)) fault(["scope", "infoKey"], "unknown-info-key", "scope.infoKey unknown", { name: layout.scope.infoKey });
    if (layout.kind === "sectioned-list" && !layout.sections) fault(["sections"], "needs-entry", "sectioned-list needs sections", { kind: layout.kind, entry: "sections" });
    if (layout.kind === "indicator-matrix" && !layout.indicators) fault(["indicators"], "needs-entry", "indicator-matrix needs indicators", { kind: layout.kind, entry: "indicators" });
    const list = layout.indicators?.list ?? [];
    if (list.length > 0 && (list.length !== layout.indicators!.count || list.some((e, i) => e.no !== i + 1))) {
      fault(["indicators", "list"], "indicator-numbers", `indicators.list must number 1…${layout.indicators!.count}`, { count: String(layout.indicators!.count) });
    }
    if (layout.kind === "form" && !layout.form) fault(["form"], "needs-entry", "form needs form", { kind: layout.kind, entry: "form" });
    if (SCHOOL_KINDS.has(layout.kind) && !layout.school) fault(["school"], "needs-entry", `a ${layout.kind} layout needs school.field`, { kind: layout.kind, entry: "school.field" });
    layout.quota?.rules.forEach((r, i) => {
      if (r.limit === undefined && r.table === undefined) fault(["quota", "rules", i], "quota-limit", "a quota rule needs limit or table");
    });
  });

/** The cross-entry rules a layout obeys beyond each entry's own type (the `rule` param of a custom fault). */
export type LayoutRule =
  | "duplicate-field"
  | "unknown-field"
  | "unknown-group"
  | "no-choices"
  | "unknown-info-key"
  | "needs-entry"
  | "indicator-numbers"
  | "quota-limit"
  | "duplicate-role"
  | "role-type";

/** A layout as written in a data file (defaults may be left out). */
export type LayoutInput = z.input<typeof layoutSchema>;
/** A layout once checked, defaults filled in. */
export type Layout = z.output<typeof layoutSchema>;
