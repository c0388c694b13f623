import type { Catalog } from "../../core/layouts/catalog";
import type { Issue } from "../../core/model/issue";
import type { NearMiss, SheetResult } from "../../core/model/sheet-result";
import { analyzeFile } from "../analyze-file";
import { EXIT_FINDINGS, EXIT_OK } from "../errors";
import { listInputs } from "../input-files";
import { issueMessage, issueSentence } from "../issue-message";
import type { Locale } from "../locale";
import { columnLetter } from "../../core/messages/column-letter";
import { requireLayout } from "../../core/layouts/unknown-layout-error";
import { layoutTitle } from "../../core/layouts/layout-title";

export interface DetectOptions {
  cwd: string;
  files: string[];
  /** Read every sheet as this layout (the detection still reports how well it fits). */
  layoutId?: string;
  city?: string;
  locale: Locale;
  /** The layouts to recognise. */
  catalog: Catalog;
}

export interface DetectedSheet {
  sheet: string;
  hidden: boolean;
  layout: string | null;
  /** The recognised layout's official title. */
  layoutTitle?: string;
  title?: string;
  headerRows: number[];
  columns: Array<{ column: number; letter: string; field: string; header: string }>;
  extraColumns: Array<{ column: number; letter: string; header: string }>;
  missingOptional: string[];
  confidence: number;
  nearMiss?: NearMiss;
  /** Why nothing could be recognised, when the engine says (a Word document without a table), in the run's language. */
  reason?: string;
}

export interface DetectedFile {
  path: string;
  /** `matched`: some sheet has a layout; `unknown-layout`: none has; `unreadable`: the file could not be read. */
  status: "matched" | "unknown-layout" | "unreadable";
  format?: string;
  encoding?: string;
  error?: Issue;
  /** Why the file could not be read, in the run's language. */
  message?: string;
  sheets: DetectedSheet[];
}

export interface DetectResult {
  files: DetectedFile[];
}

function describeSheet(sheet: SheetResult, catalog: Catalog, locale: Locale): DetectedSheet {
  const d = sheet.detection;
  const unknown = sheet.issues.find((i) => i.code === "unknown-layout" && i.params?.reason);
  return {
    ...(unknown ? { reason: issueSentence(unknown, locale) } : {}),
    sheet: sheet.sheet,
    hidden: sheet.hidden,
    layout: d?.layoutId ?? null,
    ...(d ? { layoutTitle: layoutTitle(catalog, d.layoutId) } : {}),
    ...(d?.title ? { title: d.title } : {}),
    headerRows: d?.headerRows ?? [],
    columns: (d?.columns ?? []).map((c) => ({ ...c, letter: columnLetter(c.column) })),
    extraColumns: (d?.extraColumns ?? []).map((c) => ({ ...c, letter: columnLetter(c.column) })),
    missingOptional: d?.missingOptional ?? [],
    confidence: d?.confidence ?? sheet.nearMiss?.confidence ?? 0,
    ...(sheet.nearMiss && !d ? { nearMiss: sheet.nearMiss } : {}),
  };
}

/** Per file and sheet: the layout recognised, header row(s), column mapping and confidence. */
export async function detect(options: DetectOptions): Promise<DetectResult> {
  if (options.layoutId) requireLayout(options.catalog, options.layoutId);
  const { files } = listInputs(options.files, options.cwd);
  const out: DetectedFile[] = [];
  for (const input of files) {
    const result = await analyzeFile(input, { catalog: options.catalog, layoutId: options.layoutId, city: options.city });
    if (result.error) {
      const message = issueMessage(result.error, options.locale);
      out.push({ path: result.path, status: "unreadable", error: result.error, message, sheets: [] });
      continue;
    }
    const sheets = result.sheets.map((s) => describeSheet(s, options.catalog, options.locale));
    out.push({
      path: result.path,
      status: sheets.some((s) => s.layout) ? "matched" : "unknown-layout",
      ...(result.format ? { format: result.format } : {}),
      ...(result.encoding ? { encoding: result.encoding } : {}),
      sheets,
    });
  }
  return { files: out };
}

export function detectExitCode(result: DetectResult): number {
  return result.files.every((f) => f.status === "matched") ? EXIT_OK : EXIT_FINDINGS;
}
