import { useMemo, useRef, useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import type { RollupResult } from "../../core/rollup/result";
import { errorMessage } from "../components/error-message";
import { Notice, type NoticeState } from "../components/Notice";
import type { PaneEngine, PaneRoster } from "../engine/pane-engine";
import { FileDropZone } from "../files/FileDropZone";
import { useDroppedFiles } from "../files/use-dropped-files";
import type { PaneHost } from "../host/pane-host";
import { issueCodeTitle } from "../i18n/issue-code-titles";
import { usePaneText } from "../i18n/strings";
import { IssueList } from "../validate/IssueList";
import { groupIssuesByCode, type IssueGroup } from "../validate/group-issues";
import { FileStatusList } from "./FileStatusList";
import { capGroups, quotaOverrunsFirst } from "./order-rollup-issues";
import { RosterPicker } from "./RosterPicker";
import { RosterSummary } from "./RosterSummary";
import { withoutRosterIssues } from "./roster-lists";
import { FeedbackPanel } from "./FeedbackPanel";
import { RollupProgress } from "./RollupProgress";
import { browserFileInput, RollupCancelled, runRollup, type FileProgress, type RollupRunView } from "./run-rollup";
import { useRollupOutput } from "./use-rollup-output";
import { layoutTitle } from "../../core/layouts/layout-title";

const ISSUES_PER_GROUP = 100;

const styles = mergeStyleSets({
  quota: { background: "#fde7e9", border: "1px solid #f1bbbc", borderRadius: 4, padding: "6px 10px" },
  quotaList: { margin: "4px 0 0", paddingLeft: 18, fontSize: 13 },
  rollup: { borderTop: "1px solid #edebe9", paddingTop: 8 },
});

export interface RollupTabProps {
  host: PaneHost;
  engine: PaneEngine;
}

export function RollupTab({ host, engine }: RollupTabProps) {
  const { t, locale } = usePaneText();
  const [roster, setRoster] = useState<PaneRoster>();
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [rollups, setRollups] = useState<RollupResult[]>([]);
  /** The last finished run and the files it read, for the returned copies. */
  const [finished, setFinished] = useState<{ view: RollupRunView; files: File[] }>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const dropped = useDroppedFiles(setNotice);
  const runId = useRef(0);
  /** Aborts the running roll-up (its reader workers end at once). */
  const running = useRef<AbortController>();
  const { output, actionText, dialog } = useRollupOutput(host, engine, setNotice);


  const rollUp = async (all: File[], withRoster: PaneRoster | undefined) => {
    const id = ++runId.current;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setNotice(undefined);
    setRollups([]);
    setFinished(undefined);
    try {
      const view = await runRollup(all.map(browserFileInput), engine, (next) => id === runId.current && setProgress(next), {
        roster: withRoster?.entries,
        signal: controller.signal,
      });
      if (id !== runId.current) return;
      setRollups(view.rollups);
      setFinished({ view, files: all });
      const merged = view.rollups.reduce((sum, r) => sum + r.rows.merged, 0);
      const used = view.files.filter((file) => file.status === "merged").length;
      setNotice(merged > 0 ? { kind: "success", text: t("rollupDone", { rows: merged, files: used }) } : { kind: "info", text: t("noRollup") });
    } catch (error) {
      if (id === runId.current && !(error instanceof RollupCancelled)) setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    } finally {
      if (id === runId.current) setBusy(false);
      if (running.current === controller) running.current = undefined;
    }
  };

  const addFiles = (picked: File[]) => {
    const next = dropped.add(picked);
    if (next) void rollUp(next, roster);
  };

  /** A new roster (or none) re-runs the roll-up of the files already there. */
  const changeRoster = (next: PaneRoster | undefined) => {
    setRoster(next);
    if (dropped.files.length > 0) void rollUp(dropped.files, next);
  };

  const clear = () => {
    runId.current += 1;
    running.current?.abort();
    running.current = undefined;
    dropped.clear();
    setProgress([]);
    setRollups([]);
    setFinished(undefined);
    setNotice(undefined);
    setBusy(false);
  };

  /** Stops the readers and leaves the pane as before the drop: no roll-up, nothing half-shown. */
  const cancel = () => {
    clear();
    setNotice({ kind: "info", text: t("rollupStopped") });
  };

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("rollupIntro")}</Text>
      <FileDropZone id="rollup" multiple disabled={busy} onFiles={addFiles} />
      <RosterPicker engine={engine} roster={roster} disabled={busy} onRoster={changeRoster} onError={(text) => setNotice({ kind: "error", text })} />
      {dropped.files.length > 0 && (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <DefaultButton text={t("rollupClear")} onClick={clear} />
        </Stack>
      )}
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {busy && progress.length > 0 && <RollupProgress files={progress} onCancel={cancel} />}
      {progress.length > 0 && <FileStatusList key={runId.current} files={progress} engine={engine} />}
      {rollups.map((result) => (
        <RollupSummary
          key={result.layout}
          result={result}
          engine={engine}
          title={layoutTitle(engine.layouts, result.layout)}
          actionText={actionText}
          onOutput={() => void output(result)}
          locale={locale}
          hasRoster={roster !== undefined}
        />
      ))}
      {finished && !busy && finished.view.files.length > 0 && <FeedbackPanel key={runId.current} engine={engine} view={finished.view} files={finished.files} />}
      {dialog}
    </Stack>
  );
}

interface RollupSummaryProps {
  result: RollupResult;
  engine: PaneEngine;
  title: string;
  actionText: string;
  onOutput: () => void;
  locale: "zh-CN" | "en-US";
  /** A roster was given: the roster box is shown, and its issues are taken out of the row-issue list. */
  hasRoster: boolean;
}

function RollupSummary({ result, engine, title, actionText, onOutput, locale, hasRoster }: RollupSummaryProps) {
  const { t } = usePaneText();
  const overruns = result.quotas.filter((quota) => quota.exceeded);
  const { groups, hidden } = useMemo(
    () => capGroups(quotaOverrunsFirst(groupIssuesByCode(hasRoster ? withoutRosterIssues(result.issues) : result.issues)), ISSUES_PER_GROUP),
    [result.issues, hasRoster],
  );
  const groupTitle = (group: IssueGroup) => (group.code ? issueCodeTitle(group.code, locale) : t("issuesTitle"));
  return (
    <Stack tokens={{ childrenGap: 8 }} className={styles.rollup} data-testid={`rollup-${result.layout}`}>
      <Text variant="mediumPlus">{t("layoutOfRollup", { title })}</Text>
      <Text variant="small">{t("rollupDone", { rows: result.rows.merged, files: new Set(result.files.filter((f) => f.status === "merged").map((f) => f.path)).size })}</Text>
      {overruns.length > 0 && (
        <div className={styles.quota} data-testid="quota-overruns" role="region" aria-label={t("quotaTitle")}>
          <b>{t("quotaTitle")}</b>
          <ul className={styles.quotaList}>
            {overruns.map((quota) => (
              <li key={`${quota.scope}|${quota.category}`}>
                {t("quotaLine", { scope: quota.scope, category: quota.category ? `（${quota.category}）` : "", count: quota.count, limit: quota.limit })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {hasRoster && <RosterSummary issues={result.issues} />}
      <PrimaryButton iconProps={{ iconName: "Download" }} text={actionText} onClick={onOutput} disabled={result.records.length === 0} data-testid="rollup-output" />
      {groups.length > 0 && (
        <>
          <Text variant="medium">
            <b>{t("issuesTitle")}</b>
          </Text>
          <IssueList
            groups={groups}
            groupTitle={groupTitle}
            message={(issue) => engine.formatIssue(issue, locale)}
            label={t("issueListLabel")}
            testId="rollup-issue-list"
          />
          {hidden > 0 && <Text variant="small">{t("moreIssues", { count: hidden })}</Text>}
        </>
      )}
    </Stack>
  );
}
