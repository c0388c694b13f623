#!/usr/bin/env node
"use strict";
require("./runtime-flags").applyRuntimeFlags();
require("./load-bundle").loadBundle(require("node:path").join(__dirname, "..", "dist", "cli.js"));
