#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm ci` through `prepare`).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code },
  (err) => { process.stderr.write(`desk-sla: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1 },
)
