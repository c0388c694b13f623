import { useMemo, useRef, useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import type { GradeSummary, RollupResult } from "../../core/rollup/result";
import { errorMessage } from "../components/error-message";
import { Notice, type NoticeState } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { FileDropZone } from "../files/FileDropZone";
import { useDroppedFiles } from "../files/use-dropped-files";
import type { PaneHost } from "../host/pane-host";
import { issueCodeTitle } from "../i18n/issue-code-titles";
import { usePaneText } from "../i18n/strings";
import { FileStatusList } from "../rollup/FileStatusList";
import { capGroups } from "../rollup/order-rollup-issues";
import { browserFileInput, runRollup, type FileProgress } from "../rollup/run-rollup";
import { useRollupOutput } from "../rollup/use-rollup-output";
import { IssueList } from "../validate/IssueList";
import { groupIssuesByCode } from "../validate/group-issues";
import { FunctionList } from "./FunctionList";
import { GradeChart, GradeTargetChart } from "./GradeChart";
import { targetPercent } from "./grade-bars";
import { issuesPerSheet, sheetKey } from "./issues-per-sheet";

/** The layout whose sheets are graded (docs/DOMAIN.md#taizhou-indicators: 台州市中小学智慧校园建设评价指标). */
export const GRADED_LAYOUT = "taizhou-indicators";

const ISSUES_PER_GROUP = 50;

const styles = mergeStyleSets({
  table: { borderCollapse: "collapse", fontSize: 12, width: "100%" },
  cell: { borderBottom: "1px solid #edebe9", padding: "3px 4px", textAlign: "left" },
  number: { borderBottom: "1px solid #edebe9", padding: "3px 4px", textAlign: "right" },
  met: { color: "#107c10" },
  notMet: { color: "#a4262c" },
});

export function GradeTab({ host, engine }: { host: PaneHost; engine: PaneEngine }) {
  const { t } = usePaneText();
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [result, setResult] = useState<RollupResult>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const dropped = useDroppedFiles(setNotice);
  const runId = useRef(0);
  const { output, actionText, dialog } = useRollupOutput(host, engine, setNotice);

  const grade = async (work: (onProgress: (files: FileProgress[]) => void) => Promise<RollupResult[]>) => {
    const id = ++runId.current;
    setBusy(true);
    setNotice(undefined);
    setResult(undefined);
    try {
      const rollups = await work((next) => id === runId.current && setProgress(next));
      if (id !== runId.current) return;
      const graded = rollups.find((r) => r.layout === GRADED_LAYOUT && r.gradeSummary);
      setResult(graded);
      if (!graded) setNotice({ kind: "info", text: t("noGradeData") });
    } catch (error) {
      if (id === runId.current) setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    } finally {
      if (id === runId.current) setBusy(false);
    }
  };

  const readActiveSheet = host.readActiveSheet;
  const gradeSheet = readActiveSheet
    ? () =>
        grade(async () => {
          setProgress([]);
          const grid = await readActiveSheet();
          const session = engine.startRollup({ layoutId: GRADED_LAYOUT });
          session.addFile(grid.name, { grids: [grid] });
          return session.finish().rollups;
        })
    : undefined;

  /** Dropped files join the ones already graded (a second batch of schools), as in the 汇总 tab. */
  const addFiles = (picked: File[]) => {
    const next = dropped.add(picked);
    if (next) void grade(async (onProgress) => (await runRollup(next.map(browserFileInput), engine, onProgress, { layoutId: GRADED_LAYOUT })).rollups);
  };

  const clear = () => {
    runId.current += 1;
    dropped.clear();
    setProgress([]);
    setResult(undefined);
    setNotice(undefined);
    setBusy(false);
  };

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("gradeIntro")}</Text>
      {gradeSheet && <PrimaryButton text={t("gradeSheet")} onClick={gradeSheet} disabled={busy} />}
      <FileDropZone id="grade" multiple disabled={busy} onFiles={addFiles} />
      {dropped.files.length > 0 && (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <DefaultButton text={t("gradeClear")} onClick={clear} />
        </Stack>
      )}
      {busy && <Spinner size={SpinnerSize.small} />}
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {progress.length > 0 && <FileStatusList files={progress} engine={engine} />}
      {result?.gradeSummary && (
        <GradeSummaryView summary={result.gradeSummary} result={result} engine={engine} actionText={actionText} onOutput={() => void output(result)} />
      )}
      {dialog}
      <FunctionList />
    </Stack>
  );
}

interface GradeSummaryViewProps {
  summary: GradeSummary;
  result: RollupResult;
  engine: PaneEngine;
  actionText: string;
  onOutput: () => void;
}

function GradeSummaryView({ summary, result, engine, actionText, onOutput }: GradeSummaryViewProps) {
  const { t, locale } = usePaneText();
  const perSheet = useMemo(() => issuesPerSheet(result.issues), [result.issues]);
  const { groups, hidden } = useMemo(() => capGroups(groupIssuesByCode(result.issues), ISSUES_PER_GROUP), [result.issues]);
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="grade-result">
      <Text variant="medium">
        <b>{t("gradeChartTitle")}</b> · {t("gradeSchools", { count: summary.schools })}
      </Text>
      <GradeChart summary={summary} />
      <Text variant="small">
        <b>{t("gradeTargets")}</b>
      </Text>
      <GradeTargetChart summary={summary} />
      <ul style={{ margin: 0, paddingLeft: 18, fontSize: 13 }} data-testid="grade-targets">
        {summary.targets.map((target) => (
          <li key={target.grade} className={target.met ? styles.met : styles.notMet} data-target={target.grade} data-met={target.met}>
            {target.kind === "share"
              ? t("targetShare", { grade: target.grade, count: target.count, percent: Math.round(target.share * 100), target: targetPercent(target.target) })
              : t("targetCount", { grade: target.grade, count: target.count, target: target.target })}
            {" — "}
            {target.met ? t("targetMet") : t("targetNotMet")}
          </li>
        ))}
      </ul>
      {result.grades && result.grades.length > 0 && (
        <table className={styles.table} aria-label={t("gradeTable")} data-testid="grade-table">
          <thead>
            <tr>
              <th className={styles.cell}>{t("school")}</th>
              <th className={styles.number}>A</th>
              <th className={styles.number}>B</th>
              <th className={styles.number}>C</th>
              <th className={styles.number}>D</th>
              <th className={styles.cell}>{t("grade")}</th>
              <th className={styles.number}>{t("gradeIssueCount")}</th>
            </tr>
          </thead>
          <tbody>
            {result.grades.map((row) => {
              const issues = perSheet.get(sheetKey(row.source.path, row.source.sheet)) ?? 0;
              return (
                <tr
                  key={`${row.source.path}|${row.source.sheet}|${row.school}`}
                  data-school={row.school}
                  data-file={row.source.path}
                  data-counts={`${row.A},${row.B},${row.C},${row.D}`}
                  data-grade={row.grade}
                >
                  <td className={styles.cell}>{row.school}</td>
                  <td className={styles.number}>{row.A}</td>
                  <td className={styles.number}>{row.B}</td>
                  <td className={styles.number}>{row.C}</td>
                  <td className={styles.number}>{row.D}</td>
                  <td className={styles.cell}>{row.grade}</td>
                  <td className={styles.number}>{issues > 0 ? issues : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <PrimaryButton iconProps={{ iconName: "Download" }} text={actionText} onClick={onOutput} data-testid="grade-output" />
      {groups.length > 0 && (
        <>
          <Text variant="medium">
            <b>{t("gradeIssues")}</b>
          </Text>
          <IssueList
            groups={groups}
            groupTitle={(group) => (group.code ? issueCodeTitle(group.code, locale) : t("issuesTitle"))}
            message={(issue) => engine.formatIssue(issue, locale)}
            label={t("gradeIssues")}
            testId="grade-issue-list"
          />
          {hidden > 0 && <Text variant="small">{t("moreIssues", { count: hidden })}</Text>}
        </>
      )}
    </Stack>
  );
}
