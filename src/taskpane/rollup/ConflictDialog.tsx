import { useEffect, useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { Dialog, DialogFooter, DialogType } from "@fluentui/react/lib/Dialog";
import { usePaneText } from "../i18n/strings";
import type { ConflictAsker, ConflictQuestion } from "./conflict-asker";

/**
 * Asks before a roll-up overwrites a sheet: write beside it (the default, focused first), replace it,
 * or cancel the whole write. Closing the dialog (Esc, ×) cancels. The logic is `conflict-asker.ts`.
 */
export function ConflictDialog({ question, asker }: { question?: ConflictQuestion; asker?: ConflictAsker }) {
  const { t } = usePaneText();
  const [forAll, setForAll] = useState(false);
  useEffect(() => setForAll(false), [question?.name, question?.index]);
  const answer = (choice: "rename" | "replace" | "cancel") => asker?.answer(choice, forAll);
  return (
    <Dialog
      hidden={!question || !asker}
      onDismiss={() => asker?.dismiss()}
      dialogContentProps={{
        type: DialogType.normal,
        title: t("conflictTitle"),
        subText: t("conflictText", { name: question?.name ?? "" }),
        closeButtonAriaLabel: t("conflictCancel"),
      }}
      // The safe answer takes focus first: Enter writes beside the existing sheet, never over it.
      modalProps={{ isBlocking: true, focusTrapZoneProps: { firstFocusableTarget: '[data-testid="conflict-rename"]' } }}
    >
      <Checkbox label={t("conflictForAll")} checked={forAll} onChange={(_, checked) => setForAll(Boolean(checked))} />
      <DialogFooter>
        <PrimaryButton text={t("conflictRename")} onClick={() => answer("rename")} data-testid="conflict-rename" />
        <DefaultButton text={t("conflictReplace")} onClick={() => answer("replace")} data-testid="conflict-replace" />
        <DefaultButton text={t("conflictCancel")} onClick={() => answer("cancel")} data-testid="conflict-cancel" />
      </DialogFooter>
    </Dialog>
  );
}
