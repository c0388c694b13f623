// Builds the CLI bundle once so CLI tests run the same bin/smartcampus.js a user runs, and makes the
// folder where each jest worker keeps its one LibreOffice (test/support/libreoffice-office.ts;
// stopped by global-teardown.ts). The workers inherit the variable.
const { execFileSync } = require("node:child_process");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
  process.env.SMARTCAMPUS_LIBREOFFICE_DIR = mkdtempSync(path.join(tmpdir(), "smartcampus-lo-run-"));
};
