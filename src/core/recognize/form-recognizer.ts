import type { Layout } from "../layout/schema";
import { sourceColumn, sourceRow } from "../model/grid";
import { headerKey } from "../normalize/header-key";
import type { Recognition } from "./recognition";
import type { SheetView } from "./sheet-view";
import { titleNamesLayout } from "./title";

interface LabelCell {
  r: number;
  c: number;
}

const LABEL_KEYS = new WeakMap<readonly string[], string[]>();

/** Header keys of a list of labels or items (cached per list). */
function keysOf(labels: readonly string[]): string[] {
  let keys = LABEL_KEYS.get(labels);
  if (!keys) {
    keys = labels.map((l) => headerKey(l));
    LABEL_KEYS.set(labels, keys);
  }
  return keys;
}

function findLabel(view: SheetView, labels: readonly string[]): LabelCell | undefined {
  const keys = keysOf(labels);
  for (let r = 0; r < view.height; r++) {
    const row = view.keys[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const k = row[c];
      if (k !== "" && keys.some((l) => k === l || (k.startsWith(l) && k.length <= l.length + 12))) return { r, c };
    }
  }
  return undefined;
}

/** The first non-blank cell right of (r, c), else the cell itself (label and value in one cell). */
function valueCell(view: SheetView, at: LabelCell): [number, number] {
  const row = view.texts[at.r] ?? [];
  for (let c = at.c + 1; c < row.length; c++) if (row[c] !== "") return [at.r, c];
  return [at.r, at.c];
}

/**
 * Recognises a form (the Zhangjiagang application): a school-name label, an items label, and the
 * layout's items written beside it. Declines when the items label is not found, unless forced.
 */
export function recognizeForm(view: SheetView, layout: Layout, forced: boolean): Recognition | undefined {
  const form = layout.form;
  if (!form) return undefined;
  const nameAt = findLabel(view, form.nameLabels);
  const itemsAt = findLabel(view, form.itemsLabels);
  if (!nameAt && !itemsAt) return undefined;
  let itemsFound = 0;
  if (itemsAt) {
    const line = headerKey((view.texts[itemsAt.r] ?? []).join("") + (view.texts[itemsAt.r + 1] ?? []).join(""));
    itemsFound = keysOf(form.items).filter((item) => line.includes(item)).length;
  }
  const titleText = (view.texts.slice(0, Math.min(view.height, 5)) ?? []).map((t) => t.join(" ")).join(" ");
  const titled = titleNamesLayout(titleText, layout);
  const score = (nameAt ? 0.3 : 0) + (itemsAt ? 0.3 : 0) + 0.4 * (itemsFound / form.items.length);
  const accepted = itemsAt !== undefined && itemsFound >= Math.min(3, form.items.length) && (nameAt !== undefined || titled);
  const confidence = Math.min(1, score + (titled ? 0.05 : 0));
  const grid = view.grid;
  const formCells: Record<string, [number, number]> = {};
  const columns: Recognition["detection"]["columns"] = [];
  const headerRows: number[] = [];
  const nameField = layout.fields[0].name;
  const itemsField = layout.fields.find((f) => f.type === "items")?.name ?? nameField;
  if (nameAt) {
    formCells[nameField] = valueCell(view, nameAt);
    headerRows.push(sourceRow(grid, nameAt.r));
    columns.push({ column: sourceColumn(grid, formCells[nameField][1]), field: nameField, header: view.texts[nameAt.r][nameAt.c] });
  }
  if (itemsAt) {
    formCells[itemsField] = valueCell(view, itemsAt);
    headerRows.push(sourceRow(grid, itemsAt.r));
    columns.push({ column: sourceColumn(grid, formCells[itemsField][1]), field: itemsField, header: view.texts[itemsAt.r][itemsAt.c] });
  }
  const title = titled ? (view.texts.slice(0, 5).map((t) => t.filter((x) => x !== "").join(" ")).find((t) => titleNamesLayout(t, layout)) ?? undefined) : undefined;
  return {
    layout,
    detection: {
      layoutId: layout.id,
      headerRows,
      columns,
      extraColumns: [],
      missingOptional: [],
      info: {},
      ...(title ? { title } : {}),
      confidence: Math.round(confidence * 1000) / 1000,
    },
    formCells,
    score,
    accepted: accepted || (forced && (nameAt !== undefined || itemsAt !== undefined)),
  };
}
