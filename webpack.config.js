/* global require, module, process, __dirname */
// Builds into dist/ (after Microsoft's Office-Addin-TaskPane-React and Excel-Custom-Functions
// shared-runtime templates), as three webpack configurations:
//   addin         — taskpane.html, the add-in's page: the React pane, the SMARTCAMPUS custom functions
//                   and the ribbon's function file in one shared runtime, with Office.js from
//                   Microsoft's CDN; index.html, the same pane as a standalone page without Office.js;
//                   pane-reader.js, the roll-up's reader workers
//   manifest      — manifest.xml, every URL pointing at `--env url=https://host/path/` (default: the dev server)
//   one-file-page — 汇总助手.html and smartcampus.html: the standalone page as one self-contained file
//                   that works opened from disk
// `--env officejs=https://…/office.js` names a sovereign cloud's Office.js CDN instead of the public
// one. `webpack serve` builds the add-in only.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { deployUrl, manifestFor } = require("./scripts/webpack/deploy-url");
const OneFilePagePlugin = require("./scripts/webpack/one-file-page-plugin");
const { addinPolicy, officeJsUrl, STANDALONE_POLICY } = require("./scripts/webpack/page-policy");

const DIST = path.join(__dirname, "dist");
const PANE_ENTRY = "./src/taskpane/index.tsx";
const PANE_TEMPLATE = "./src/taskpane/taskpane.html";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/**
 * The roll-up's reader workers (SheetJS and the engine, off the page's thread): one self-contained
 * file, no lazy chunks (a worker started from a Blob URL has nowhere to load them from).
 */
const READER_ENTRY = { import: "./src/taskpane/reader/reader-worker.ts", asyncChunks: false, chunkLoading: false };
const READER_BUNDLE = "pane-reader";
/** The one-file page, and its alias for systems and mail filters unhappy with Chinese file names. */
const ONE_FILE_PAGES = ["汇总助手.html", "smartcampus.html"];
/** What other configurations write into dist/, and the CLI bundles of scripts/build-cli.mjs (the command and its reader thread). */
const KEPT_IN_DIST = new Set(["cli.js", "cli.js.map", "analyze-worker.js", "analyze-worker.js.map", "manifest.xml", ...ONE_FILE_PAGES]);

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
};

/** Images the pane imports: files beside the served pages (named by content), data: URLs in the one-file page. */
const images = (inline) =>
  inline
    ? { test: /\.png$/, type: "asset/inline" }
    : { test: /\.png$/, type: "asset/resource", generator: { filename: "assets/[name].[contenthash:8][ext]" } };

const resolve = {
  extensions: [".ts", ".tsx", ".js", ".json"],
  // ExcelJS and SheetJS reach for Node built-ins on paths the browser never takes.
  fallback: { fs: false, path: false, stream: false, crypto: false, os: false },
};

/**
 * Certificates for https://localhost:3000 from office-addin-dev-certs (installs a local CA on first
 * use). Returns undefined when they cannot be had (no sudo, no CA store), so the dev server falls
 * back to plain http — enough for the standalone page in a browser, not for Excel.
 */
async function devServerHttpsOptions() {
  if (process.env.SMARTCAMPUS_DEV_HTTP === "1") return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    console.warn(`dev-server: no development certificate (${error.message.split("\n")[0]}); serving over http.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const url = deployUrl(env);
  const officeJs = officeJsUrl(env);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await devServerHttpsOptions() : undefined;
  const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

  const addin = {
    name: "addin",
    // No eval-based maps: the pages' Content-Security-Policy allows no eval, in development either.
    devtool: "source-map",
    entry: {
      taskpane: PANE_ENTRY,
      commands: "./src/commands/commands.ts",
      functions: FUNCTIONS_SOURCE,
      [READER_BUNDLE]: READER_ENTRY,
    },
    output: {
      path: DIST,
      // Entry names are fixed: manifest.xml names functions.js, the pages name the rest.
      filename: "[name].js",
      // Lazy chunks (file parser, workbook writer) get a content hash so a cached pane never
      // pairs with a stale parser.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: (asset) => KEPT_IN_DIST.has(asset) },
    },
    resolve,
    module: { rules: [typescript, images(false)] },
    optimization: {
      // Only lazy chunks are split: each entry stays one self-contained file, so functions.js can be
      // loaded on its own by Excel and never drags in React or Fluent UI.
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      // The add-in's page: the manifest's runtime, function file, custom functions page and pane.
      // Functions first, so SMARTCAMPUS.* are associated before the pane renders.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: PANE_TEMPLATE,
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
        csp: addinPolicy(officeJs),
        // Microsoft: "You must reference the Office JavaScript API from inside the <head> section".
        officeJs: `<script type="text/javascript" src="${officeJs}"></script>`,
      }),
      // The standalone page on a web server: the pane alone, no Office.js, nothing from elsewhere.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: PANE_TEMPLATE,
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
        csp: STANDALONE_POLICY,
        officeJs: "<!-- No Office.js: the standalone page runs outside Office. -->",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  if (serving) return addin;

  const manifest = {
    name: "manifest",
    entry: {},
    output: { path: DIST },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [{ from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString("utf8"), url) }],
      }),
    ],
  };

  const oneFilePage = {
    name: "one-file-page",
    devtool: false,
    entry: { taskpane: PANE_ENTRY, [READER_BUNDLE]: READER_ENTRY },
    output: {
      path: DIST,
      filename: "[name].js",
      chunkFilename: "[id].js",
      // Chunks are looked up by this name in the page itself (OneFilePagePlugin).
      publicPath: "",
    },
    resolve: {
      ...resolve,
      // Never inside Excel: the Excel host (src/excel) is left out of this file.
      alias: { [path.join(__dirname, "src/taskpane/host/excel-host")]: false },
    },
    module: { rules: [typescript, images(true)] },
    optimization: { splitChunks: { chunks: "async" } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new OneFilePagePlugin({
        template: PANE_TEMPLATE,
        icon: path.join(__dirname, "assets/icon-32.png"),
        iconHref: "assets/icon-32.png",
        entry: "taskpane",
        workers: [READER_BUNDLE],
        filenames: ONE_FILE_PAGES,
      }),
    ],
  };

  return [addin, manifest, oneFilePage];
};
