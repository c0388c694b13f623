import { useRef, useState } from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { errorMessage } from "../components/error-message";
import type { PaneEngine, PaneRoster } from "../engine/pane-engine";
import { DOCUMENT_ACCEPT_ATTRIBUTE, isDocumentFileName } from "../files/accepted-files";
import { usePaneText } from "../i18n/strings";

const styles = mergeStyleSets({
  box: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: 8, fontSize: 13 },
  label: { fontWeight: 600 },
  hint: { color: "#605e5c", fontSize: 12, flexBasis: "100%" },
});

export interface RosterPickerProps {
  engine: PaneEngine;
  roster?: PaneRoster;
  disabled?: boolean;
  onRoster: (roster: PaneRoster | undefined) => void;
  onError: (text: string) => void;
}

/**
 * Picks the roster of who must submit: any sheet or CSV with a 学校名称 column (a previous roll-up
 * serves). Optional; without it the roll-up has no `not-submitted` / `not-on-roster`.
 */
export function RosterPicker({ engine, roster, disabled, onRoster, onError }: RosterPickerProps) {
  const { t, locale } = usePaneText();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);

  const pick = async (file: File) => {
    if (!isDocumentFileName(file.name)) {
      onError(t("unsupportedFile", { name: file.name }));
      return;
    }
    setReading(true);
    try {
      const outcome = await engine.readFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (outcome.error) {
        onError(engine.formatIssue(outcome.error, locale));
        return;
      }
      const found = engine.findRoster(outcome.grids, file.name);
      if (!found) onError(t("rosterEmpty", { name: file.name }));
      else onRoster(found);
    } catch (error) {
      onError(t("failed", { message: errorMessage(error) }));
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={styles.box} data-testid="roster-picker" role="group" aria-label={t("rosterTitle")}>
      <span className={styles.label}>{t("rosterTitle")}</span>
      {roster ? (
        <>
          <span data-testid="roster-loaded">{t("rosterLoaded", { name: roster.path, sheet: roster.sheet, count: roster.entries.length })}</span>
          <DefaultButton text={t("rosterRemove")} onClick={() => onRoster(undefined)} disabled={disabled || reading} />
        </>
      ) : (
        <DefaultButton iconProps={{ iconName: "Upload" }} text={t("rosterChoose")} onClick={() => input.current?.click()} disabled={disabled || reading} />
      )}
      <span className={styles.hint}>{t("rosterHint")}</span>
      <input
        ref={input}
        data-testid="roster-input"
        type="file"
        accept={DOCUMENT_ACCEPT_ATTRIBUTE}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void pick(file);
        }}
      />
    </div>
  );
}
