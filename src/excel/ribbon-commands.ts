/** The ribbon's command: opens the task pane; `event.completed()` tells Office the command is done. */
export async function showPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/**
 * Registers the ribbon's actions once Office is ready. The manifest's button opens the pane by
 * itself (a ShowTaskpane action, no code); `showPane` is registered so a keyboard shortcut or a
 * future button can open it too. Outside Office, and in hosts without add-in commands, nothing
 * is registered.
 */
export function registerRibbonCommands(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady(() => {
    if (office.actions && typeof office.actions.associate === "function") office.actions.associate("showPane", showPane);
  });
}
