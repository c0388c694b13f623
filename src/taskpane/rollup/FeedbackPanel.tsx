import { useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { errorMessage } from "../components/error-message";
import { copyText } from "../components/copy-text";
import { Notice, type NoticeState } from "../components/Notice";
import type { FeedbackItem, PaneEngine, PaneFeedback } from "../engine/pane-engine";
import { downloadBytes } from "../files/download-bytes";
import { usePaneText } from "../i18n/strings";
import type { RollupRunView } from "./run-rollup";

const styles = mergeStyleSets({
  panel: { borderTop: "1px solid #edebe9", paddingTop: 8 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 8 },
  item: { border: "1px solid #edebe9", borderRadius: 4, padding: "6px 8px" },
  message: { whiteSpace: "pre-wrap", fontSize: 12, margin: "4px 0", fontFamily: "inherit" },
});

const ZIP_MIME = "application/zip";

export interface FeedbackPanelProps {
  engine: PaneEngine;
  view: RollupRunView;
  /** The dropped files, in the order of `view.paths`. */
  files: readonly File[];
}

/**
 * 生成退回文件: a marked copy of each school's file with an issue, zipped with 退回说明.txt and
 * downloaded; then each school's message with a button that copies it.
 */
export function FeedbackPanel({ engine, view, files }: FeedbackPanelProps) {
  const { t, locale } = usePaneText();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<PaneFeedback>();
  const [failed, setFailed] = useState<string[]>([]);
  const [notice, setNotice] = useState<NoticeState>();

  const make = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const feedback = engine.feedback(view.run, locale);
      if (feedback.items.length === 0) {
        setMade(feedback);
        setNotice({ kind: "info", text: t("feedbackNone") });
        return;
      }
      const entries: Record<string, Uint8Array> = {};
      const problems: string[] = [];
      for (const item of feedback.items) {
        const file = files[view.paths.indexOf(item.file.path)];
        if (!item.file.readable || !file) {
          problems.push(t("feedbackNoCopy", { name: item.file.path, reason: t("feedbackUnreadable") }));
          continue;
        }
        try {
          entries[item.copyName] = await engine.writeFeedbackCopy(new Uint8Array(await file.arrayBuffer()), file.name, item, locale);
        } catch (error) {
          problems.push(t("feedbackNoCopy", { name: item.file.path, reason: errorMessage(error) }));
        }
      }
      entries[feedback.messagesFile] = new TextEncoder().encode(feedback.messagesText);
      const name = t("feedbackZipName");
      downloadBytes(await engine.zip(entries), name, ZIP_MIME);
      setMade(feedback);
      setFailed(problems);
      setNotice({ kind: "success", text: t("feedbackDownloaded", { name, count: Object.keys(entries).length - 1 }) });
    } catch (error) {
      setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async (item: FeedbackItem) => {
    const done = await copyText(item.message);
    setNotice(done ? { kind: "success", text: t("messageCopied", { school: item.file.school }) } : { kind: "error", text: t("copyFailed") });
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} className={styles.panel} data-testid="feedback-panel">
      <Text variant="small">{t("feedbackIntro")}</Text>
      <PrimaryButton iconProps={{ iconName: "Download" }} text={t("feedbackMake")} onClick={() => void make()} disabled={busy} data-testid="feedback-make" />
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {failed.map((line) => (
        <Text key={line} variant="small">
          {line}
        </Text>
      ))}
      {made && made.items.length > 0 && (
        <>
          <Text variant="medium">
            <b>{t("feedbackMessages")}</b>
          </Text>
          <ul className={styles.list} data-testid="feedback-messages">
            {made.items.map((item) => (
              <li key={item.file.path} className={styles.item} data-school={item.file.school} data-file={item.file.path}>
                <Text variant="small">
                  <b>{item.file.school}</b> · {item.copyName}
                </Text>
                <pre className={styles.message} data-testid="feedback-message">
                  {item.message}
                </pre>
                <DefaultButton text={t("copyMessage")} onClick={() => void copy(item)} data-testid="feedback-copy" />
              </li>
            ))}
          </ul>
        </>
      )}
      {made && made.missing.length > 0 && (
        <Text variant="small" data-testid="feedback-missing">
          {t("feedbackMissing", { names: made.missing.map((m) => m.name).join("、") })}
        </Text>
      )}
    </Stack>
  );
}
