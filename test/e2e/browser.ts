import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

export interface PaneBrowser {
  context: BrowserContext;
  /** Every URL the pages asked for, to prove nothing leaves localhost. */
  requests: string[];
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile, downloads allowed, recording every request. */
export async function openBrowser(locale: string): Promise<PaneBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "smartcampus-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    locale,
    viewport: { width: 420, height: 900 },
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but this machine (blob: and data: URLs never leave the page). */
export function outsideRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith("blob:") || url.startsWith("data:")) return false;
    const host = new URL(url).hostname;
    return host !== "localhost" && host !== "127.0.0.1";
  });
}

/** Drops files on an element the way a person drags them from the file manager. */
export async function dropFiles(page: Page, selector: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, type: file.mimeType, data: file.buffer.toString("base64") }));
  await page.locator(selector).evaluate((target, list) => {
    const transfer = new DataTransfer();
    for (const item of list) {
      const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    for (const type of ["dragenter", "dragover", "drop"]) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, payload);
}
