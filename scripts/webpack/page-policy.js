/* global module */
// What each built page may load: the one place that names Office.js's URL and writes the pages'
// Content-Security-Policy. Read by webpack.config.js and by the one-file page plugin.

/**
 * Microsoft's CDN copy of Office.js, the library's supported source (see
 * docs/architecture/taskpane-and-build.md). Tenants in Microsoft's sovereign clouds load it from
 * their cloud's own CDN: `npm run build -- --env officejs=https://…/office.js`.
 */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The Office.js URL from `--env officejs=…`, checked; Microsoft's public CDN when none is given. */
function officeJsUrl(env) {
  const given = env && typeof env.officejs === "string" ? env.officejs.trim() : "";
  if (!given) return OFFICE_JS_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`--env officejs=${given}: not an absolute URL`);
  }
  if (url.protocol !== "https:" || !url.pathname.endsWith("/office.js") || url.search || url.hash) {
    throw new Error(`--env officejs=${given}: give the https URL of a CDN's office.js (…/lib/1/hosted/office.js)`);
  }
  return url.href;
}

/** Directives shared by the served pages: only the page's own origin, plus what downloads and the dev server need. */
function servedPolicy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Fluent UI writes its styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // blob:/data: for the downloads; the localhost websocket is the dev server's live reload.
    "connect-src 'self' blob: data: ws://localhost:* wss://localhost:*",
    "font-src 'self' data:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** The standalone page (index.html): nothing but its own origin. */
const STANDALONE_POLICY = servedPolicy(["'self'"]);

/** The add-in's page (taskpane.html): its own origin, and Office.js's origin for scripts only. */
const addinPolicy = (officeJs = OFFICE_JS_URL) => servedPolicy(["'self'", new URL(officeJs).origin]);

/**
 * The one-file page opened from disk: a file:// page has no origin to trust, so every script and
 * style it runs is named by its SHA-256 and nothing can be fetched; images only from data: (the
 * icon) and blob: (nothing today, kept for pictures of a sheet); downloads are blob: navigations,
 * which `connect-src` does not govern. With `blobWorkers`, workers may start from blob: URLs — the
 * page makes them from the worker text it carries (a blob: URL can only hold what the page's own,
 * hash-checked scripts put there); a worker inherits this policy, so it fetches nothing either.
 */
function oneFilePolicy({ scriptHashes, styleHashes, blobWorkers = false }) {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    `style-src ${styleHashes.join(" ")}`,
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "frame-src 'none'",
    `worker-src ${blobWorkers ? "blob:" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { OFFICE_JS_URL, officeJsUrl, STANDALONE_POLICY, addinPolicy, oneFilePolicy };
