#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");

const bundle = path.join(__dirname, "..", "dist", "cli", "campaign-guard.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "campaign-guard: the CLI is not built yet; run `npm run build:cli` in the package folder.\n",
  );
  process.exit(2);
}
require(bundle);
