import { useState } from "react";
import { PrimaryButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import type { GradeSummary, RollupResult } from "../../core/rollup/result";
import { errorMessage } from "../components/error-message";
import { Notice, type NoticeState } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { FileDropZone } from "../files/FileDropZone";
import { isAcceptedFileName } from "../files/accepted-files";
import type { PaneHost } from "../host/pane-host";
import { usePaneText } from "../i18n/strings";
import { runRollup } from "../rollup/run-rollup";
import { FunctionList } from "./FunctionList";
import { GradeChart } from "./GradeChart";

/** The layout whose sheets are graded (LAYOUTS.md: 台州市中小学智慧校园建设评价指标). */
export const GRADED_LAYOUT = "taizhou-indicators";

const styles = mergeStyleSets({
  table: { borderCollapse: "collapse", fontSize: 12, width: "100%" },
  cell: { borderBottom: "1px solid #edebe9", padding: "3px 4px", textAlign: "left" },
  met: { color: "#107c10" },
  notMet: { color: "#a4262c" },
});

/** A share target is stored as 0.9 or as 90; either reads as a percentage. */
function percent(value: number): number {
  return Math.round(value <= 1 ? value * 100 : value);
}

export function GradeTab({ host, engine }: { host: PaneHost; engine: PaneEngine }) {
  const { t } = usePaneText();
  const [result, setResult] = useState<RollupResult>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();

  const grade = async (inputs: Array<{ name: string; bytes: () => Promise<Uint8Array> }>, sheet?: () => Promise<RollupResult[]>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const rollups = sheet ? await sheet() : (await runRollup(inputs, engine, () => undefined, { layoutId: GRADED_LAYOUT })).rollups;
      const graded = rollups.find((r) => r.layout === GRADED_LAYOUT && r.gradeSummary);
      setResult(graded);
      if (!graded) setNotice({ kind: "info", text: t("noGradeData") });
    } catch (error) {
      setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const readActiveSheet = host.readActiveSheet;
  const gradeSheet = readActiveSheet
    ? () =>
        grade([], async () => {
          const grid = await readActiveSheet();
          const session = engine.startRollup({ layoutId: GRADED_LAYOUT });
          session.addFile(grid.name, { grids: [grid] });
          return session.finish().rollups;
        })
    : undefined;

  const gradeFiles = (files: File[]) =>
    grade(
      files
        .filter((file) => isAcceptedFileName(file.name))
        .map((file) => ({ name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) })),
    );

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("gradeIntro")}</Text>
      {gradeSheet && <PrimaryButton text={t("gradeSheet")} onClick={gradeSheet} disabled={busy} />}
      <FileDropZone id="grade" multiple disabled={busy} onFiles={gradeFiles} />
      {busy && <Spinner size={SpinnerSize.small} />}
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {result?.gradeSummary && <GradeSummaryView summary={result.gradeSummary} result={result} />}
      <FunctionList />
    </Stack>
  );
}

function GradeSummaryView({ summary, result }: { summary: GradeSummary; result: RollupResult }) {
  const { t } = usePaneText();
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="grade-result">
      <Text variant="medium">
        <b>{t("gradeChartTitle")}</b> · {t("gradeSchools", { count: summary.schools })}
      </Text>
      <GradeChart summary={summary} />
      <Text variant="small">{t("gradeTargets")}</Text>
      <ul style={{ margin: 0, paddingLeft: 18, fontSize: 13 }} data-testid="grade-targets">
        {summary.targets.map((target) => (
          <li key={target.grade} className={target.met ? styles.met : styles.notMet}>
            {target.kind === "share"
              ? t("targetShare", { grade: target.grade, count: target.count, percent: percent(target.share), target: percent(target.target) })
              : t("targetCount", { grade: target.grade, count: target.count, target: target.target })}
            {" — "}
            {target.met ? t("targetMet") : t("targetNotMet")}
          </li>
        ))}
      </ul>
      {result.grades && result.grades.length > 0 && (
        <table className={styles.table} aria-label={t("gradeTable")}>
          <thead>
            <tr>
              <th className={styles.cell}>{t("school")}</th>
              <th className={styles.cell}>A</th>
              <th className={styles.cell}>B</th>
              <th className={styles.cell}>C</th>
              <th className={styles.cell}>D</th>
              <th className={styles.cell}>{t("grade")}</th>
            </tr>
          </thead>
          <tbody>
            {result.grades.map((row) => (
              <tr key={`${row.source.path}|${row.source.sheet}|${row.school}`}>
                <td className={styles.cell}>{row.school}</td>
                <td className={styles.cell}>{row.A}</td>
                <td className={styles.cell}>{row.B}</td>
                <td className={styles.cell}>{row.C}</td>
                <td className={styles.cell}>{row.D}</td>
                <td className={styles.cell}>{row.grade}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
