/** The name of the reader workers' bundle: `pane-reader.js` beside the served pages, a text block in the one-file page. */
export const READER_BUNDLE = "pane-reader";

declare const __webpack_public_path__: string;

let inlineUrl: string | undefined;

/**
 * Where a reader worker starts from, or undefined where there is none (no `Worker`, a test). The
 * one-file page carries the bundle as an inert `<script type="text/plain" data-worker>` and starts
 * it from a Blob URL of that text (its policy allows `worker-src blob:` and nothing fetched); the
 * served pages start `pane-reader.js` from beside their own script.
 */
export function readerScriptUrl(): string | undefined {
  if (typeof Worker === "undefined" || typeof document === "undefined") return undefined;
  const holder = document.querySelector(`script[type="text/plain"][data-worker="${READER_BUNDLE}"]`);
  if (holder) {
    inlineUrl ??= URL.createObjectURL(new Blob([holder.textContent ?? ""], { type: "text/javascript" }));
    return inlineUrl;
  }
  const base = typeof __webpack_public_path__ === "string" && __webpack_public_path__ ? __webpack_public_path__ : document.baseURI;
  return new URL(`${READER_BUNDLE}.js`, new URL(base, document.baseURI)).href;
}
