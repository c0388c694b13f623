import { useMemo, useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { Pivot, PivotItem } from "@fluentui/react/lib/Pivot";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import type { Grid } from "../../core/model/grid";
import type { LocatedIssue } from "../../core/model/issue";
import type { SheetResult } from "../../core/model/sheet-result";
import { copyText } from "../components/copy-text";
import { errorMessage } from "../components/error-message";
import { useBusyTask } from "../components/use-busy-task";
import { Notice } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { FileDropZone } from "../files/FileDropZone";
import { isDocumentFileName } from "../files/accepted-files";
import type { PaneHost } from "../host/pane-host";
import { issueCodeTitle } from "../i18n/issue-code-titles";
import { usePaneText } from "../i18n/strings";
import { IssueList } from "./IssueList";
import { countSeverities, groupIssuesByCode, groupIssuesByRow, type IssueGroup } from "./group-issues";
import { layoutTitle } from "../../core/layouts/layout-title";

interface Source {
  /** File name, or the sheet's name when read from Excel. */
  label: string;
  grids: Grid[];
  fromExcel: boolean;
}

export interface ValidateTabProps {
  host: PaneHost;
  engine: PaneEngine;
}

/** First sheet whose layout is recognised (a workbook may open on a cover sheet), else the first. */
function preferredSheet(engine: PaneEngine, grids: Grid[]): number {
  const found = grids.findIndex((grid) => !grid.hidden && engine.analyzeSheet(grid).detection);
  return found >= 0 ? found : 0;
}

export function ValidateTab({ host, engine }: ValidateTabProps) {
  const { t, locale } = usePaneText();
  const [source, setSource] = useState<Source>();
  const [sheetIndex, setSheetIndex] = useState(0);
  const [overrideChoice, setLayoutOverride] = useState<string>("");
  // A saved layout deleted meanwhile is no longer a choice.
  const layoutOverride = overrideChoice && engine.layout(overrideChoice) ? overrideChoice : "";
  const [grouping, setGrouping] = useState<"row" | "code">("row");
  const { busy, notice, setNotice, run } = useBusyTask();

  const grid = source?.grids[sheetIndex];
  const result: SheetResult | undefined = useMemo(
    () => (grid ? engine.analyzeSheet(grid, layoutOverride || undefined) : undefined),
    [engine, grid, layoutOverride],
  );
  const issues: LocatedIssue[] = useMemo(
    // The sheet is named above the list; each message keeps only its row and column.
    () => (result && grid ? result.issues.map((issue): LocatedIssue => ({ ...issue })) : []),
    [result, grid],
  );
  const groups = useMemo(() => (grouping === "row" ? groupIssuesByRow(issues) : groupIssuesByCode(issues)), [issues, grouping]);
  const counts = countSeverities(issues);


  const readActiveSheet = host.readActiveSheet;
  const validateActiveSheet = readActiveSheet
    ? () =>
        run(async () => {
          const sheet = await readActiveSheet();
          setLayoutOverride("");
          setSheetIndex(0);
          setSource({ label: sheet.name, grids: [sheet], fromExcel: true });
        })
    : undefined;

  const validateFile = (files: File[]) =>
    run(async () => {
      const file = files[0];
      if (!isDocumentFileName(file.name)) throw new Error(t("unsupportedFile", { name: file.name }));
      const outcome = await engine.readFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (outcome.error) throw new Error(engine.formatIssue(outcome.error, locale));
      setLayoutOverride("");
      setSheetIndex(preferredSheet(engine, outcome.grids));
      setSource({ label: file.name, grids: outcome.grids, fromExcel: false });
    });

  const selectCell = host.selectCell;
  const onSelectIssue =
    source?.fromExcel && selectCell && grid
      ? (issue: LocatedIssue) => {
          if (issue.row === undefined) return;
          selectCell({ sheet: grid.name, row: issue.row, column: issue.column }).catch((error: unknown) =>
            setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) }),
          );
        }
      : undefined;

  const markIssues = host.markIssues;
  const clearMarks = host.clearMarks;
  const groupTitle = (group: IssueGroup) =>
    group.row !== undefined ? t("rowLabel", { row: group.row }) : group.code ? issueCodeTitle(group.code, locale) : t("sheetLevel");

  const layoutOptions: IDropdownOption[] = [
    { key: "", text: t("layoutAuto") },
    ...engine.layouts.map((layout) => ({ key: layout.id, text: layout.origin === "user" ? `${layout.title}${t("userLayoutMark")}` : layout.title })),
  ];
  const sheetOptions: IDropdownOption[] = (source?.grids ?? []).map((g, index) => ({
    key: index,
    text: g.hidden ? `${g.name} ${t("hiddenSheet")}` : g.name,
  }));

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("validateIntro")}</Text>
      {validateActiveSheet ? (
        <PrimaryButton text={t("validateSheet")} onClick={validateActiveSheet} disabled={busy} data-testid="validate-sheet" />
      ) : (
        <FileDropZone id="validate" multiple={false} documentsOnly disabled={busy} onFiles={validateFile} />
      )}
      {busy && <Spinner size={SpinnerSize.small} label={t("validating")} labelPosition="right" />}
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {source && result && grid && (
        <Stack tokens={{ childrenGap: 8 }} data-testid="validate-result">
          <Text variant="small">
            {source.fromExcel ? t("sheet") : t("file")}：<b>{source.label}</b>
          </Text>
          {sheetOptions.length > 1 && (
            <Dropdown
              label={t("sheetChoice")}
              options={sheetOptions}
              selectedKey={sheetIndex}
              onChange={(_, option) => option && setSheetIndex(Number(option.key))}
            />
          )}
          <Text data-testid="detected-layout">
            {result.detection ? (
              <>
                {t("layoutDetected")}：<b>{layoutTitle(engine.layouts, result.detection.layoutId)}</b>{" "}
                <span style={{ color: "#605e5c" }}>
                  （{t("confidence", { percent: Math.round(result.detection.confidence * 100) })}，
                  {t("records", { count: result.records.length })}）
                </span>
              </>
            ) : (
              <b>{t("layoutNone")}</b>
            )}
          </Text>
          <Dropdown
            label={t("layoutCorrect")}
            options={layoutOptions}
            selectedKey={layoutOverride}
            onChange={(_, option) => setLayoutOverride(option ? String(option.key) : "")}
            data-testid="layout-dropdown"
          />
          {source.fromExcel && markIssues && clearMarks && (
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <DefaultButton
                text={t("markIssues")}
                disabled={busy || issues.length === 0}
                onClick={() =>
                  run(async () => {
                    const { cells, remarks } = await markIssues(grid.name, issues);
                    setNotice({ kind: "success", text: [t("marked", { count: cells }), ...remarks].join(" ") });
                  })
                }
              />
              <DefaultButton
                text={t("clearMarks")}
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await clearMarks(grid.name);
                    setNotice({ kind: "success", text: t("cleared") });
                  })
                }
              />
            </Stack>
          )}
          <Text data-testid="issue-summary">
            {issues.length === 0 ? t("noIssues") : t("issuesSummary", { ...counts })}
          </Text>
          {issues.length > 0 && (
            <DefaultButton
              text={t("copyProblems")}
              data-testid="copy-problems"
              onClick={() =>
                void copyText(engine.sheetMessage(result, source.label, locale)).then((done) =>
                  setNotice(done ? { kind: "success", text: t("problemsCopied") } : { kind: "error", text: t("copyFailed") }),
                )
              }
            />
          )}
          {issues.length > 0 && (
            <>
              {onSelectIssue && <Text variant="small">{t("selectHint")}</Text>}
              <Pivot
                headersOnly
                selectedKey={grouping}
                onLinkClick={(item) => item?.props.itemKey && setGrouping(item.props.itemKey as "row" | "code")}
                aria-label={t("issueListLabel")}
              >
                <PivotItem itemKey="row" headerText={t("issuesByRow")} />
                <PivotItem itemKey="code" headerText={t("issuesByCode")} />
              </Pivot>
              <IssueList
                groups={groups}
                groupTitle={groupTitle}
                message={(issue) => engine.formatIssue(issue, locale)}
                onSelectIssue={onSelectIssue}
                label={t("issueListLabel")}
                testId="issue-list"
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
