/* global require, module, Buffer */
// Turns a compilation of the standalone pane into one HTML file that works opened from disk
// (file://, double-click, a USB stick, a shared folder): no server, no network.
//
// - The entry script is inlined as a <script>; it paints the pane.
// - Every lazy chunk (engine, SheetJS, ExcelJS …) is inlined as an inert
//   <script type="text/plain" data-chunk="…"> the browser neither parses nor runs until the pane
//   asks for it; webpack's script loader is replaced by one that copies the chunk's text into a new
//   <script> element. So first paint costs what the served page costs.
// - Each worker entry (the roll-up's reader) is inlined as an inert
//   <script type="text/plain" data-worker="…">; the page starts it from a Blob URL of that text
//   (src/taskpane/reader/reader-script.ts), which the policy allows as `worker-src blob:`.
// - functions.json (the worksheet functions listed on the 评分 tab) rides along as a JSON data block.
// - The Content-Security-Policy names each script and style by its SHA-256: no 'unsafe-inline',
//   no 'unsafe-eval', no origin at all.
// - The third-party license notices the minifier extracted go into one HTML comment at the end.

const crypto = require("crypto");
const fs = require("fs");
const { Compilation, RuntimeGlobals, RuntimeModule, sources } = require("webpack");
const { oneFilePolicy } = require("./page-policy");

const NAME = "OneFilePagePlugin";
/** The id of the JSON data block holding functions.json (read by src/taskpane/grade/function-catalog.ts). */
const FUNCTIONS_BLOCK_ID = "smartcampus-functions";

/** webpack's `__webpack_require__.l` for chunks that sit in the page as text. */
class InlineChunkLoadingRuntimeModule extends RuntimeModule {
  constructor() {
    super("load script from the page", RuntimeModule.STAGE_ATTACH);
  }

  generate() {
    return [
      `${RuntimeGlobals.loadScript} = function (url, done) {`,
      `  var holder = document.querySelector('script[type="text/plain"][data-chunk="' + url + '"]');`,
      "  if (holder) {",
      "    var script = document.createElement('script');",
      "    script.text = holder.textContent;",
      "    script.setAttribute('data-chunk-run', url);",
      "    document.head.appendChild(script);",
      "  }",
      "  done({ type: holder ? 'load' : 'missing', target: { src: url } });",
      "};",
    ].join("\n");
  }
}

const sha256 = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Text that sits inside a <script> or <style> element must not end it early or change how it is parsed. */
function checkRawText(name, text) {
  if (/<\/(script|style)/i.test(text) || text.includes("<!--")) {
    throw new Error(`${NAME}: ${name} contains "</script", "</style" or "<!--"; it cannot be inlined as is`);
  }
  // The HTML parser turns CR and CR LF into LF and NUL into U+FFFD: the hash would no longer match.
  if (/[\r\0]/.test(text)) throw new Error(`${NAME}: ${name} contains a CR or NUL character`);
}

function fill(html, key, value) {
  const marker = `<%= htmlWebpackPlugin.options.${key} %>`;
  if (!html.includes(marker)) throw new Error(`${NAME}: the template has no ${marker}`);
  return html.split(marker).join(value);
}

class OneFilePagePlugin {
  /**
   * @param {{ template: string, icon: string, iconHref: string, entry: string, workers?: string[], filenames: string[] }} options
   *   template: the pane's HTML template; icon: the PNG file inlined for `iconHref`; entry: the entry
   *   name; workers: entries run as workers (one file each); filenames: the page and its aliases (same bytes).
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.runtimeRequirementInTree
        .for(RuntimeGlobals.loadScript)
        .tap({ name: NAME, stage: -10 }, (chunk) => {
          compilation.addRuntimeModule(chunk, new InlineChunkLoadingRuntimeModule());
          return true;
        });
      // After minification (OPTIMIZE_SIZE), before the assets are written.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () =>
        this.inline(compilation),
      );
    });
  }

  inline(compilation) {
    const { template, icon, iconHref, entry, workers = [], filenames } = this.options;
    const text = (name) => compilation.getAsset(name).source.source().toString();
    const jsOf = (name) => [...compilation.entrypoints.get(name).getFiles()].filter((file) => file.endsWith(".js"));
    const entryFiles = jsOf(entry);
    const workerFiles = workers.map((name) => {
      const files = jsOf(name);
      if (files.length !== 1) throw new Error(`${NAME}: the worker ${name} must be one file, not ${files.length}`);
      return { name, file: files[0] };
    });
    const chunkFiles = compilation
      .getAssets()
      .map((asset) => asset.name)
      .filter((name) => name.endsWith(".js") && !entryFiles.includes(name) && !workerFiles.some((w) => w.file === name))
      .sort();
    const licenses = compilation
      .getAssets()
      .map((asset) => asset.name)
      .filter((name) => name.endsWith(".LICENSE.txt"))
      .sort()
      .map(text);
    const functionsJson = compilation.getAsset("functions.json") ? text("functions.json") : undefined;

    let html = fs.readFileSync(template, "utf8");
    html = fill(html, "officeJs", "<!-- No Office.js: this page runs outside Office only. -->");
    const iconLink = `href="${iconHref}"`;
    if (!html.includes(iconLink)) throw new Error(`${NAME}: the template has no ${iconLink}`);
    html = html.split(iconLink).join(`href="data:image/png;base64,${fs.readFileSync(icon).toString("base64")}"`);

    // The template's own <style> elements, before any script text is added to the page.
    const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]));
    // Fluent UI adds empty <style> elements and fills them through the CSSOM (insertRule), which the
    // policy does not govern; the empty element itself needs the hash of "".
    styleHashes.push(sha256(""));
    if (html.split("<%= htmlWebpackPlugin.options.csp %>").join("").includes("<%")) {
      throw new Error(`${NAME}: the template has a marker this plugin does not fill`);
    }

    const blocks = [];
    if (functionsJson !== undefined) {
      // JSON.stringify of a parsed document, with "<" escaped: valid JSON that cannot end the block.
      const json = JSON.stringify(JSON.parse(functionsJson)).replace(/</g, "\\u003c");
      blocks.push(`<script type="application/json" id="${FUNCTIONS_BLOCK_ID}">${json}</script>`);
    }
    const scriptHashes = [];
    for (const file of chunkFiles) {
      const code = text(file);
      checkRawText(file, code);
      scriptHashes.push(sha256(code));
      blocks.push(`<script type="text/plain" data-chunk="${file}">${code}</script>`);
    }
    for (const worker of workerFiles) {
      const code = text(worker.file);
      checkRawText(worker.file, code);
      blocks.push(`<script type="text/plain" data-worker="${worker.name}">${code}</script>`);
    }
    for (const file of entryFiles) {
      const code = text(file);
      checkRawText(file, code);
      scriptHashes.push(sha256(code));
      blocks.push(`<script>${code}</script>`);
    }
    if (!html.includes("</body>")) throw new Error(`${NAME}: the template has no </body>`);
    html = html.replace("</body>", () => `${blocks.join("\n")}\n</body>`);

    html = fill(html, "csp", oneFilePolicy({ scriptHashes, styleHashes, blobWorkers: workerFiles.length > 0 }));

    if (licenses.length > 0) {
      // At the end: the <meta charset> must stay within the first 1024 bytes, where a browser looks
      // for it in a file opened from disk. Only "-->" (or "--!>") would end the comment early.
      const notice = licenses.join("\n").replace(/--(!?)>/g, "- -$1>");
      html = `${html.trimEnd()}\n<!--\nThird-party notices:\n${notice}\n-->\n`;
    }
    const charset = Buffer.from(html, "utf8").indexOf('<meta charset="UTF-8"');
    if (charset < 0 || charset > 1000) throw new Error(`${NAME}: <meta charset="UTF-8"> must come within the first 1024 bytes`);

    for (const asset of compilation.getAssets().map((a) => a.name)) compilation.deleteAsset(asset);
    const page = new sources.RawSource(Buffer.from(html, "utf8"));
    // Already minified, and the hashes are of these exact bytes: no HTML minifier may touch them.
    for (const filename of filenames) compilation.emitAsset(filename, page, { minimized: true });
  }
}

OneFilePagePlugin.FUNCTIONS_BLOCK_ID = FUNCTIONS_BLOCK_ID;
module.exports = OneFilePagePlugin;
