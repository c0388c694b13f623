import { chromiumAvailable, CHROMIUM, openBrowser, type PaneBrowser } from "./browser";
import { DIST, ensureProductionBuild } from "./ensure-build";
import { serveFolder, type StaticServer } from "./static-server";

/** The production build served on localhost and one Chromium for a test file's pages. */
export interface ServedPane {
  server: StaticServer;
  browser: PaneBrowser;
}

/**
 * A jest suite over the built pages: dist/ built once (shared by every browser test file), served,
 * and opened in one headless Chromium, closed after the suite. `setup` runs once both are up (a
 * permission to grant). Where Chromium is missing the suite is skipped with a line naming the
 * package; `npm test`'s system check stops before that on a machine without it.
 */
export function describeServedPane(label: string, title: string, body: (pane: ServedPane) => void, setup?: (pane: ServedPane) => Promise<void>): void {
  const run = chromiumAvailable() ? describe : describe.skip;
  if (!chromiumAvailable()) {
    // eslint-disable-next-line no-console
    console.warn(`${label} e2e skipped: ${CHROMIUM} is missing (CI installs it: apt-get install chromium).`);
  }
  run(title, () => {
    const pane = {} as ServedPane;
    beforeAll(async () => {
      ensureProductionBuild();
      pane.server = await serveFolder(DIST);
      pane.browser = await openBrowser("zh-CN");
      await setup?.(pane);
    }, 600_000);
    afterAll(async () => {
      await pane.browser?.close();
      await pane.server?.close();
    });
    body(pane);
  });
}
