import { useState } from "react";
import { usePaneText } from "../i18n/strings";
import { errorMessage } from "./error-message";
import type { NoticeState } from "./Notice";

/**
 * One piece of work at a time for a tab: `busy` while it runs (buttons disabled, a spinner), the
 * notice cleared before it starts and set to what the work returns, or to 失败：… when it throws.
 */
export function useBusyTask() {
  const { t } = usePaneText();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>();
  const run = async (work: () => Promise<NoticeState | void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const done = await work();
      if (done) setNotice(done);
    } catch (error) {
      setNotice({ kind: "error", text: t("failed", { message: errorMessage(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, setNotice, run };
}
