import type { LearnedColumn } from "../../core/learn/learn-layout";
import type { FieldInput, FieldRole, LayoutInput, ValueType } from "../../core/layout/schema";

/**
 * The layout being checked and corrected in the 版式 tab: learned from a template, loaded from a
 * file or opened from the saved ones. Edits are plain functions returning a new draft; the engine's
 * layout parser has the last word when it is saved.
 */
export interface LayoutDraft {
  layout: LayoutInput;
  notes: string[];
  /** The template's columns as learned (header, why); empty for a layout not learned here. */
  columns: LearnedColumn[];
}

/** The types a number's bounds and unit belong to. */
const NUMERIC: ReadonlySet<ValueType> = new Set<ValueType>(["integer", "number"]);

function withField(draft: LayoutDraft, index: number, change: (field: FieldInput) => FieldInput): LayoutDraft {
  const fields = draft.layout.fields.map((field, i) => (i === index ? change(field) : field));
  return { ...draft, layout: { ...draft.layout, fields } };
}

/**
 * Renames a field and every entry naming it (school, scope, duplicate key, sections, quota), so a
 * rename never leaves a reference to a field that is gone.
 */
export function renameField(draft: LayoutDraft, index: number, name: string): LayoutDraft {
  const old = draft.layout.fields[index]?.name;
  const next = withField(draft, index, (field) => ({ ...field, name }));
  if (old === undefined || old === name) return next;
  const swap = (value: string | undefined) => (value === old ? name : value);
  const layout = { ...next.layout };
  if (layout.school) layout.school = { ...layout.school, field: swap(layout.school.field)! };
  if (layout.scope?.field) layout.scope = { ...layout.scope, field: swap(layout.scope.field) };
  if (layout.duplicateKey) layout.duplicateKey = layout.duplicateKey.map((key) => swap(key)!);
  if (layout.sections) layout.sections = { ...layout.sections, field: swap(layout.sections.field)! };
  if (layout.quota?.categoryField) layout.quota = { ...layout.quota, categoryField: swap(layout.quota.categoryField) };
  const columns = draft.columns.map((column) => (column.field === old ? { ...column, field: name } : column));
  return { ...next, layout, columns };
}

/**
 * Changes a field's type. What belonged to the old type goes (a number's bounds, unit and totals
 * role, a choice's values), so the field is checked as its new type alone; a new choice field starts with
 * no values, which the parser refuses until some are given.
 */
export function setFieldType(draft: LayoutDraft, index: number, type: ValueType): LayoutDraft {
  return withField(draft, index, (field) => {
    const { min, max, unit, suspiciousAbove, role, choices, ...rest } = field;
    const next: FieldInput = { ...rest, type };
    if (NUMERIC.has(type)) Object.assign(next, dropUndefined({ min, max, unit, suspiciousAbove, role }));
    if (type === "choice") next.choices = choices ?? [];
    return next;
  });
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Sets what a number field adds up to in the roll-up's totals (`undefined`: not summed). A role
 * belongs to one field: another field holding it gives it up, so the draft stays valid.
 */
export function setFieldRole(draft: LayoutDraft, index: number, role: FieldRole | undefined): LayoutDraft {
  const fields = draft.layout.fields.map((field, i) => {
    if (i !== index && (role === undefined || field.role !== role)) return field;
    const { role: _old, ...rest } = field;
    return i === index && role !== undefined ? { ...rest, role } : rest;
  });
  return { ...draft, layout: { ...draft.layout, fields } };
}

/** A field can carry a totals role when it holds a number. */
export function canHaveRole(field: FieldInput): boolean {
  return NUMERIC.has(field.type ?? "text");
}

export function setFieldRequired(draft: LayoutDraft, index: number, required: boolean): LayoutDraft {
  return withField(draft, index, (field) => ({ ...field, required }));
}

/** A choice field's values as a person types them: separated by commas, 、 or new lines. */
export function parseChoiceText(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((value) => value.trim())
    .filter((value, i, all) => value !== "" && all.indexOf(value) === i);
}

/** The values of a choice field as one line (`小学、初中、高中`). */
export function choiceText(field: FieldInput): string {
  return (field.choices ?? []).map((choice) => choice.value).join("、");
}

/** Sets a choice field's values; a value kept keeps its synonyms. */
export function setFieldChoices(draft: LayoutDraft, index: number, text: string): LayoutDraft {
  return withField(draft, index, (field) => {
    const before = new Map((field.choices ?? []).map((choice) => [choice.value, choice]));
    return { ...field, choices: parseChoiceText(text).map((value) => before.get(value) ?? { value }) };
  });
}

export function setLayoutId(draft: LayoutDraft, id: string): LayoutDraft {
  return { ...draft, layout: { ...draft.layout, id } };
}

export function setLayoutTitle(draft: LayoutDraft, title: string): LayoutDraft {
  return { ...draft, layout: { ...draft.layout, title } };
}

/** The template column a field was learned from, if any. */
export function columnOf(draft: LayoutDraft, field: FieldInput): LearnedColumn | undefined {
  return draft.columns.find((column) => column.field === field.name);
}
