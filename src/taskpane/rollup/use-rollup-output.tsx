import { useRef, useState } from "react";
import type { RollupResult } from "../../core/rollup/result";
import { errorMessage } from "../components/error-message";
import type { NoticeState } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { downloadBytes } from "../files/download-bytes";
import { safeFileName } from "../files/safe-file-name";
import type { PaneHost } from "../host/pane-host";
import { usePaneText } from "../i18n/strings";
import { ConflictDialog } from "./ConflictDialog";
import { createConflictAsker, type ConflictAsker, type ConflictQuestion } from "./conflict-asker";
import { layoutTitle } from "../../core/layouts/layout-title";

/**
 * Puts a roll-up out: into new sheets in Excel (asking before any sheet is replaced), or as a
 * downloaded .xlsx on the standalone page. Returns the action, its button text, and the dialog to render.
 */
export function useRollupOutput(host: PaneHost, engine: PaneEngine, setNotice: (notice: NoticeState | undefined) => void) {
  const { t, locale } = usePaneText();
  const [question, setQuestion] = useState<ConflictQuestion>();
  const asker = useRef<ConflictAsker>();


  const output = async (result: RollupResult) => {
    setNotice(undefined);
    const writeRollup = host.writeRollup;
    try {
      if (writeRollup) {
        const layout = engine.layout(result.layout);
        // The engine made the result from its own catalog: a missing layout is a fault, not a user's mistake.
        if (!layout) throw new Error(`未知的版式：${result.layout} / unknown layout: ${result.layout}`);
        asker.current?.close();
        const conflicts = createConflictAsker(setQuestion);
        asker.current = conflicts;
        try {
          const written = await writeRollup(result, layout, (name) => conflicts.ask(name));
          setNotice(
            written.cancelled
              ? { kind: "info", text: t("rollupCancelled") }
              : { kind: "success", text: t("rollupWritten", { sheets: written.sheets.join("、") }) },
          );
        } finally {
          conflicts.close();
        }
      } else {
        const name = safeFileName(t("rollupFileName", { title: layoutTitle(engine.layouts, result.layout) }));
        downloadBytes(await engine.writeRollupWorkbook(result, locale), name);
        setNotice({ kind: "success", text: t("rollupDownloaded", { name }) });
      }
    } catch (error) {
      setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    }
  };

  return {
    output,
    actionText: host.writeRollup ? t("writeRollup") : t("downloadRollup"),
    dialog: <ConflictDialog question={question} asker={asker.current} />,
  };
}
