import { useMemo } from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { LocatedIssue } from "../../core/model/issue";
import { usePaneText } from "../i18n/strings";
import { rosterLists, type RosterLine } from "./roster-lists";

const styles = mergeStyleSets({
  box: { background: "#fff4ce", border: "1px solid #f2d680", borderRadius: 4, padding: "6px 10px", fontSize: 13 },
  columns: { display: "flex", flexWrap: "wrap", gap: "4px 16px" },
  column: { flex: "1 1 180px", minWidth: 0 },
  list: { margin: "4px 0 0", paddingLeft: 18 },
  suggestion: { color: "#605e5c", fontSize: 12 },
  allIn: { color: "#107c10" },
});

/** Who on the roster sent nothing, and who sent a file but is not on it; a typo shows in both, each naming the other. */
export function RosterSummary({ issues }: { issues: readonly LocatedIssue[] }) {
  const { t } = usePaneText();
  const { notSubmitted, notOnRoster } = useMemo(() => rosterLists(issues), [issues]);
  const item = (kind: string, line: RosterLine) => (
    <li key={`${line.name}|${line.row ?? ""}`} data-roster={kind} data-name={line.name} data-suggestion={line.suggestion ?? ""}>
      {line.name}
      {line.district && `（${line.district}）`}
      {line.suggestion && <div className={styles.suggestion}>{t("rosterSuggestion", { name: line.suggestion })}</div>}
    </li>
  );
  return (
    <section className={styles.box} data-testid="roster-summary" aria-label={t("rosterTitle")} tabIndex={0}>
      {notSubmitted.length === 0 && notOnRoster.length === 0 ? (
        <span className={styles.allIn}>{t("rosterAllIn")}</span>
      ) : (
        <div className={styles.columns}>
          <div className={styles.column}>
            <b>{t("rosterNotSubmitted", { count: notSubmitted.length })}</b>
            <ul className={styles.list}>{notSubmitted.map((line) => item("not-submitted", line))}</ul>
          </div>
          <div className={styles.column}>
            <b>{t("rosterNotOnRoster", { count: notOnRoster.length })}</b>
            <ul className={styles.list}>{notOnRoster.map((line) => item("not-on-roster", line))}</ul>
          </div>
        </div>
      )}
    </section>
  );
}
