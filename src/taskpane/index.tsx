import "./fabric-config";
import { createRoot } from "react-dom/client";
import { createTheme, loadTheme } from "@fluentui/react/lib/Styling";
import { App } from "./App";
import { registerPaneIcons } from "./fluent-icons";
import { officeStart } from "../excel/office-start";
import { pickHost } from "./host";
import type { PaneHost } from "./host/pane-host";
import { PaneTextProvider, paneText } from "./i18n/strings";

/** Fonts installed on the computer: Segoe UI in Office, then the common Chinese UI fonts. */
const FONT_FAMILY = `"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;

function render(host: PaneHost): void {
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = host.locale;
  createRoot(container).render(
    <PaneTextProvider value={paneText(host.locale)}>
      <App host={host} />
    </PaneTextProvider>,
  );
}

async function start(): Promise<void> {
  registerPaneIcons();
  loadTheme(createTheme({ defaultFontStyle: { fontFamily: FONT_FAMILY } }));
  // office.js missing (a page saved without it) still gives the standalone page.
  render(await pickHost(await officeStart()));
}

void start();
