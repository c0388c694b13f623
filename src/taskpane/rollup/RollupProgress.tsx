import { DefaultButton } from "@fluentui/react/lib/Button";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { Stack } from "@fluentui/react/lib/Stack";
import { usePaneText } from "../i18n/strings";
import type { FileProgress } from "./run-rollup";

/** A file is done once it has its status (queued and reading are not). */
const isDone = (file: FileProgress) => file.status !== "queued" && file.status !== "reading";

/** The run's bar (n / total files read) and the button that cancels it. */
export function RollupProgress({ files, onCancel }: { files: FileProgress[]; onCancel: () => void }) {
  const { t } = usePaneText();
  const total = files.length;
  const done = files.filter(isDone).length;
  const label = t("rollupProgress", { done, total });
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid="rollup-progress" data-done={done} data-total={total}>
      <ProgressIndicator label={label} ariaLabel={label} percentComplete={total > 0 ? done / total : undefined} />
      <Stack horizontal>
        <DefaultButton text={t("rollupStop")} onClick={onCancel} data-testid="rollup-cancel" />
      </Stack>
    </Stack>
  );
}
