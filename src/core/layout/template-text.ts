/**
 * What the blank templates print and prompt, the same in the workbook file and in the sheet
 * inserted into Excel.
 */

import type { Layout } from "./schema";

/** The info line of a blank template: each of the layout's info keys with room to write (`区县：          联系人：…`). */
export function templateInfoLine(layout: Pick<Layout, "info">): string {
  return layout.info.map((i) => `${i.key}：          `).join("").trimEnd();
}

/** The tick a school writes under one level of an indicator (the drop-down's one value). */
export const INDICATOR_TICK = "√";
export const INDICATOR_PROMPT_TITLE = "自评等级";
export const INDICATOR_PROMPT = "每项只在一个等级下打 √";

const EMPTY_BOX = "□";
const TICKED_BOX = "☑";

/** An item's box as printed (`□智能环境`) and ticked (`☑智能环境`): the drop-down of its cell. */
export function itemBoxChoices(item: string): [string, string] {
  return [`${EMPTY_BOX}${item}`, `${TICKED_BOX}${item}`];
}

/** The input prompt of an item box. */
export function itemsPrompt(minItems: number): string {
  return `选 ${TICKED_BOX} 表示申报该项（或在 ${EMPTY_BOX} 内打 √），至少申报 ${minItems} 项`;
}

/** A form box taller than this is for writing (hint at its top left); a shorter one holds a seal line (bottom right). */
export const SEAL_BOX_LINES = 4;
