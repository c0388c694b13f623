#!/usr/bin/env node
"use strict";
require("./load-bundle").loadBundle(require("node:path").join(__dirname, "..", "dist", "cli.js"));
