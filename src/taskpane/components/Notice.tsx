import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";

export interface NoticeState {
  kind: "info" | "success" | "error";
  text: string;
}

const TYPES = { info: MessageBarType.info, success: MessageBarType.success, error: MessageBarType.error } as const;

/** The one status line of a tab (done, failed …), announced to screen readers. */
export function Notice({ notice, onDismiss }: { notice?: NoticeState; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <MessageBar
      messageBarType={TYPES[notice.kind]}
      isMultiline
      onDismiss={onDismiss}
      dismissButtonAriaLabel="×"
      role={notice.kind === "error" ? "alert" : "status"}
    >
      {notice.text}
    </MessageBar>
  );
}
