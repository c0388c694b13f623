// Builds the CLI bundle once so CLI tests run the same bin/smartcampus.js a user runs.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
};
