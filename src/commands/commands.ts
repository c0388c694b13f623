/*
 * The ribbon's function file. The ribbon button opens the pane (a ShowTaskpane action, no code), and
 * in the shared runtime this bundle loads inside taskpane.html; it only registers the action below so
 * a keyboard shortcut or a future button can open the pane.
 */

/** Opens the task pane; `event.completed()` tells Office the command is done. */
async function showPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Office.actions exists only in hosts with add-in commands; the standalone page has none.
    if (Office.actions && typeof Office.actions.associate === "function") {
      Office.actions.associate("showPane", showPane);
    }
  });
}

export {};
