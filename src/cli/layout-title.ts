import { LAYOUTS } from "../core/layouts/catalog";

/** The official title of a layout (`新型教学空间建设计划汇总表`), or the id when unknown. */
export function layoutTitle(layoutId: string): string {
  return LAYOUTS.find((l) => l.id === layoutId)?.title ?? layoutId;
}
