import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { LocatedIssue } from "../../core/model/issue";
import { usePaneText } from "../i18n/strings";
import type { IssueGroup } from "./group-issues";

const styles = mergeStyleSets({
  group: { margin: "8px 0 4px", fontSize: 13, fontWeight: 600, display: "flex", justifyContent: "space-between" },
  counts: { fontWeight: 400, color: "#605e5c" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    gap: 6,
    width: "100%",
    textAlign: "left",
    border: "1px solid transparent",
    background: "transparent",
    padding: "4px 6px",
    font: "inherit",
    fontSize: 13,
    color: "#323130",
    cursor: "pointer",
    borderRadius: 2,
    selectors: {
      ":hover": { background: "#f3f2f1" },
      ":focus-visible": { outline: "2px solid #0f6cbd", outlineOffset: 1 },
      ":focus": { outline: "2px solid #0f6cbd", outlineOffset: 1 },
    },
  },
  static: { cursor: "default" },
  error: { color: "#a4262c", fontWeight: 600, flexShrink: 0 },
  warning: { color: "#8a6100", fontWeight: 600, flexShrink: 0 },
});

export interface IssueListProps {
  groups: IssueGroup[];
  /** Heading of a group (the row, or the code's name). */
  groupTitle: (group: IssueGroup) => string;
  message: (issue: LocatedIssue) => string;
  /** Given in Excel: choosing an issue (click or Enter) selects its cell. */
  onSelectIssue?: (issue: LocatedIssue) => void;
  /** Shown above the list for screen readers and tests. */
  label: string;
  testId: string;
}

/**
 * Issues under group headings. Every issue is a button inside one FocusZone: Tab enters the list,
 * arrow keys move between issues, Enter selects the issue's cell.
 */
export function IssueList({ groups, groupTitle, message, onSelectIssue, label, testId }: IssueListProps) {
  const { t } = usePaneText();
  return (
    <FocusZone direction={FocusZoneDirection.vertical} aria-label={label} data-testid={testId} role="group">
      {groups.map((group) => (
        <section key={group.key} aria-label={groupTitle(group)}>
          <div className={styles.group}>
            <span>{groupTitle(group)}</span>
            <span className={styles.counts}>
              {t("issuesSummary", { errors: group.errors, warnings: group.warnings })}
            </span>
          </div>
          <ul className={styles.list}>
            {group.issues.map((issue, index) => (
              <li key={index}>
                <button
                  type="button"
                  className={onSelectIssue ? styles.item : `${styles.item} ${styles.static}`}
                  data-issue-code={issue.code}
                  data-issue-row={issue.row ?? ""}
                  data-issue-field={issue.field ?? ""}
                  onClick={() => onSelectIssue?.(issue)}
                >
                  <span className={issue.severity === "error" ? styles.error : styles.warning}>
                    {issue.severity === "error" ? t("errorLabel") : t("warningLabel")}
                  </span>
                  <span>{message(issue)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </FocusZone>
  );
}
