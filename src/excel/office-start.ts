/** What Office says once the page has loaded: whether it runs inside Excel, and Office's display language. */
export interface OfficeStart {
  inExcel: boolean;
  /** `Office.context.displayLanguage` inside Excel (`zh-CN`, `en-US` …); absent outside Office. */
  displayLanguage?: string;
}

/**
 * Waits for `Office.onReady` and reports where the page runs. Outside Office (a plain browser, or
 * a page saved without office.js) it answers at once: not in Excel, so the pane runs standalone.
 */
export async function officeStart(): Promise<OfficeStart> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return { inExcel: false };
  const info = await office.onReady();
  const inExcel = info?.host != null && info.host === office.HostType?.Excel;
  return inExcel ? { inExcel, displayLanguage: office.context?.displayLanguage } : { inExcel };
}
