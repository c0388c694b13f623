import { memo, useCallback } from "react";
import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { List } from "@fluentui/react/lib/List";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { FileEntry } from "../../core/rollup/result";
import type { PaneEngine } from "../engine/pane-engine";
import { usePaneText, type StringKey } from "../i18n/strings";
import type { FileStatus } from "./file-status";
import type { FileProgress } from "./run-rollup";
import { layoutTitle } from "../../core/layouts/layout-title";

const styles = mergeStyleSets({
  // The list scrolls in its own box, so the roll-up below it is in view however many files there are.
  box: { maxHeight: 420, overflowY: "auto", border: "1px solid #edebe9", borderRadius: 2 },
  item: {
    padding: "4px 6px",
    // A row's change lays out that row, not the rows around it.
    contain: "content",
    borderBottom: "1px solid #edebe9",
    selectors: { ":focus": { outline: "2px solid #0f6cbd", outlineOffset: -2 } },
  },
  line: { display: "flex", justifyContent: "space-between", gap: 8, fontSize: 13 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  detail: { fontSize: 12, color: "#605e5c", margin: "2px 0 0 8px" },
  merged: { color: "#107c10", fontWeight: 600, flexShrink: 0 },
  failed: { color: "#a4262c", fontWeight: 600, flexShrink: 0 },
  other: { color: "#8a6100", fontWeight: 600, flexShrink: 0 },
  waiting: { color: "#605e5c", flexShrink: 0 },
});

const STATUS_TEXT: Record<FileStatus, StringKey> = {
  queued: "statusQueued",
  reading: "statusReading",
  merged: "statusMerged",
  failed: "statusFailed",
  "unknown-layout": "statusUnknown",
  skipped: "statusSkipped",
};

const STATUS_CLASS: Record<FileStatus, string> = {
  queued: styles.waiting,
  reading: styles.waiting,
  merged: styles.merged,
  failed: styles.failed,
  "unknown-layout": styles.other,
  skipped: styles.other,
};

const NOTE_TEXT: Record<NonNullable<FileEntry["note"]>, StringKey> = {
  reference: "skippedReference",
  empty: "skippedEmpty",
  hidden: "skippedHidden",
};

/**
 * A list up to this long is rendered whole; a longer one is virtualised: only the rows in and near
 * the box's view are in the page (a thousand rows cost layout and hover hit tests on every change).
 */
export const ROWS_RENDERED_WHOLE = 100;

/**
 * Each file with its progress bar and status; below it, each sheet's fate and any reason. A long
 * list renders only the rows in view (Fluent's `List`, in its own scrolling box); a row renders
 * again only when its file's progress changed: a thousand files report as they are read.
 */
export function FileStatusList({ files, engine }: { files: FileProgress[]; engine: PaneEngine }) {
  const renderRow = useCallback(
    (file?: FileProgress, index?: number) => (file ? <FileStatusRow file={file} index={index ?? 0} engine={engine} /> : null),
    [engine],
  );
  return (
    <div className={styles.box} data-is-scrollable="true" data-testid="file-status-list" data-files={files.length}>
      <FocusZone direction={FocusZoneDirection.vertical}>
        <List
          items={files}
          onRenderCell={renderRow}
          getKey={(file, index) => `${file.name}-${index}`}
          onShouldVirtualize={() => files.length > ROWS_RENDERED_WHOLE}
          // One view's worth of rows above and below the view (Fluent's default is two each way):
          // enough to scroll without a blank, and the page holds a bounded ~3 views of rows.
          renderedWindowsAhead={1}
          renderedWindowsBehind={1}
        />
      </FocusZone>
    </div>
  );
}

/** What a row shows of its file: a row whose file says the same is not rendered again (the roll-up's final word is a new object for every file). */
function shownKey(file: FileProgress): string {
  const sheets = file.entries.filter((e) => e.sheet !== null).map((e) => [e.path, e.sheet, e.status, e.layout, e.rows, e.note, e.error]);
  return JSON.stringify([file.name, file.status, file.error, sheets]);
}

interface RowProps {
  file: FileProgress;
  /** Its place in the list (0-based): a virtualised list has only some rows in the page. */
  index: number;
  engine: PaneEngine;
}

const sameRow = (a: RowProps, b: RowProps) =>
  a.engine === b.engine && a.index === b.index && (a.file === b.file || shownKey(a.file) === shownKey(b.file));

const FileStatusRow = memo(function FileStatusRow({ file, index, engine }: RowProps) {
  const { t, locale } = usePaneText();
  const sheetDetail = (entry: FileEntry): string => {
    const parts = [entry.sheet ?? ""];
    if (entry.status === "merged") parts.push(layoutTitle(engine.layouts, entry.layout), t("fileRows", { rows: entry.rows }));
    else parts.push(t(STATUS_TEXT[entry.status]));
    if (entry.error) parts.push(engine.formatIssue({ ...entry.error, path: entry.path, sheet: entry.sheet ?? undefined }, locale));
    if (entry.note) parts.push(t(NOTE_TEXT[entry.note]));
    return parts.filter(Boolean).join(" · ");
  };
  return (
    <div className={styles.item} tabIndex={0} data-file={file.name} data-status={file.status} data-index={index}>
      <div className={styles.line}>
        <span className={styles.name} title={file.name}>
          {file.name}
        </span>
        <span className={STATUS_CLASS[file.status]}>{t(STATUS_TEXT[file.status])}</span>
      </div>
      {/* Never indeterminate: its animation moves the bar by layout, every frame, over the whole list. */}
      <ProgressIndicator
        percentComplete={file.status === "queued" || file.status === "reading" ? 0 : 1}
        barHeight={3}
        ariaLabel={`${file.name} ${t(STATUS_TEXT[file.status])}`}
      />
      {file.error && <div className={styles.detail}>{engine.formatIssue(file.error, locale)}</div>}
      {file.entries
        .filter((entry) => entry.sheet !== null)
        .map((entry) => (
          <div key={entry.sheet ?? ""} className={styles.detail}>
            {sheetDetail(entry)}
          </div>
        ))}
    </div>
  );
}, sameRow);
