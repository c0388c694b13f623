import { registerIcons } from "@fluentui/react/lib/Styling";

/**
 * The few icons Fluent UI's controls ask for, as inline SVG: the pane never loads Fluent's icon font
 * from the CDN (`initializeIcons` is not called).
 */
const path = (d: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

const CHEVRON_DOWN = "M2.15 5.65a.5.5 0 0 1 .7 0L8 10.79l5.15-5.14a.5.5 0 0 1 .7.7l-5.5 5.5a.5.5 0 0 1-.7 0l-5.5-5.5a.5.5 0 0 1 0-.7Z";
const CHECK = "M13.86 3.65a.5.5 0 0 1 0 .7l-7.5 7.5a.5.5 0 0 1-.71 0l-3.5-3.5a.5.5 0 1 1 .7-.7L6 10.79l7.15-7.14a.5.5 0 0 1 .7 0Z";
const CLEAR = "M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z";
const INFO = "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1a6 6 0 1 0 0 12A6 6 0 0 0 8 2Zm0 5a.5.5 0 0 1 .5.5v3.5a.5.5 0 0 1-1 0V7.5A.5.5 0 0 1 8 7Zm0-2.25a.75.75 0 1 1 0 1.5.75.75 0 0 1 0-1.5Z";
const ERROR = "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 3a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 4Zm0 6.25a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z";
const WARNING = "M7.13 1.5a1 1 0 0 1 1.74 0l6 10.5A1 1 0 0 1 14 13.5H2a1 1 0 0 1-.87-1.5l6-10.5ZM8 5a.5.5 0 0 0-.5.5v3.5a.5.5 0 0 0 1 0V5.5A.5.5 0 0 0 8 5Zm0 5.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z";
const DONE = "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.85 4.65a.5.5 0 0 0-.7 0L7 8.79 5.85 7.65a.5.5 0 1 0-.7.7l1.5 1.5a.5.5 0 0 0 .7 0l3.5-3.5a.5.5 0 0 0 0-.7Z";
const UPLOAD = "M8 1.5a.5.5 0 0 1 .35.15l3 3a.5.5 0 0 1-.7.7L8.5 3.21V10.5a.5.5 0 0 1-1 0V3.21L5.35 5.35a.5.5 0 1 1-.7-.7l3-3A.5.5 0 0 1 8 1.5ZM2.5 11a.5.5 0 0 1 .5.5V13h10v-1.5a.5.5 0 0 1 1 0V13.5a.5.5 0 0 1-.5.5h-11a.5.5 0 0 1-.5-.5v-2a.5.5 0 0 1 .5-.5Z";
const DOWNLOAD = "M8 1.5a.5.5 0 0 1 .5.5v7.29l2.15-2.14a.5.5 0 0 1 .7.7l-3 3a.5.5 0 0 1-.7 0l-3-3a.5.5 0 1 1 .7-.7L7.5 9.29V2a.5.5 0 0 1 .5-.5ZM2.5 11a.5.5 0 0 1 .5.5V13h10v-1.5a.5.5 0 0 1 1 0V13.5a.5.5 0 0 1-.5.5h-11a.5.5 0 0 1-.5-.5v-2a.5.5 0 0 1 .5-.5Z";
const TABLE = "M2 3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V3Zm1 0v2.5h10V3H3Zm10 3.5H6.5v3H13v-3Zm0 4H6.5V13H13v-2.5ZM5.5 13v-2.5H3V13h2.5ZM3 9.5h2.5v-3H3v3Z";

let registered = false;

export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      ChevronDown: path(CHEVRON_DOWN),
      CheckMark: path(CHECK),
      Clear: path(CLEAR),
      Cancel: path(CLEAR),
      Info: path(INFO),
      ErrorBadge: path(ERROR),
      Blocked2: path(ERROR),
      Warning: path(WARNING),
      Completed: path(DONE),
      Upload: path(UPLOAD),
      Download: path(DOWNLOAD),
      Table: path(TABLE),
    },
  });
}
