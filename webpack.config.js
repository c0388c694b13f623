/* global require, module, process, __dirname */
// Builds the add-in's three runtime surfaces into dist/ (after Microsoft's Office-Addin-TaskPane-React
// and Excel-Custom-Functions shared-runtime templates):
//   taskpane  — the React pane; also the standalone page when opened in a plain browser
//   functions — the SMARTCAMPUS custom functions (no React, no Fluent UI)
//   commands  — the ribbon's function file
// In Excel the three run in one shared runtime: taskpane.html loads all three bundles (manifest.xml
// points the runtime, the function file and the custom functions' page at it).

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_PAGE = "./src/functions/functions.html";
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Office.js files an Excel-only add-in never loads (other hosts, debug builds, IntelliSense). */
const OFFICE_JS_IGNORED = [
  "**/*.debug.js",
  "**/office-vsdoc.js",
  "**/access-*.js",
  "**/onenote*.js",
  "**/outlook*.js",
  "**/powerpoint*.js",
  "**/project*.js",
  "**/visio*.js",
  "**/word*.js",
];

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
  const hasFunctions = fs.existsSync(path.join(__dirname, FUNCTIONS_SOURCE));
  const hasFunctionsPage = hasFunctions && fs.existsSync(path.join(__dirname, FUNCTIONS_PAGE));
  // The metadata plugin needs the functions file; until it exists the pane still builds.
  const CustomFunctionsMetadataPlugin = hasFunctions ? require("custom-functions-metadata-plugin") : undefined;
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await devServerHttpsOptions() : undefined;
  // Functions first, so SMARTCAMPUS.* are associated before the pane renders.
  const sharedChunks = hasFunctions ? ["functions", "commands", "taskpane"] : ["commands", "taskpane"];

  return {
    // No eval-based maps: the pane's Content-Security-Policy allows no eval, in development either.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(hasFunctions ? { functions: FUNCTIONS_SOURCE } : {}),
    },
    output: {
      path: path.join(__dirname, "dist"),
      // Entry names are fixed: manifest.xml names functions.js, the pages name the rest.
      filename: "[name].js",
      // Lazy chunks (file parser, workbook writer) get a content hash so a cached pane never
      // pairs with a stale parser.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      // dist/ also holds the CLI bundle written by scripts/build-cli.mjs.
      clean: { keep: /^cli\.js(\.map)?$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // ExcelJS and SheetJS reach for Node built-ins on paths the browser never takes.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
        },
      ],
    },
    optimization: {
      // Only lazy chunks are split: each entry stays one self-contained file, so functions.js can be
      // loaded on its own by Excel and never drags in React or Fluent UI.
      splitChunks: { chunks: "async" },
    },
    performance: {
      hints: false,
    },
    plugins: [
      ...(hasFunctions
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE })]
        : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: sharedChunks,
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      ...(hasFunctionsPage
        ? [
            new HtmlWebpackPlugin({
              filename: "functions.html",
              template: FUNCTIONS_PAGE,
              chunks: ["functions"],
              scriptLoading: "blocking",
              inject: "body",
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: OFFICE_JS_DIR, to: "office-js", globOptions: { ignore: OFFICE_JS_IGNORED } },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
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
};
