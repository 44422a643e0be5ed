// `npm run build` step: tsc compiles only TypeScript, so the admin dashboard's stylesheet and script
// (src/web/admin/assets/) are copied beside the compiled module (dist/web/admin/assets/), where
// src/web/admin/assets.ts finds them when the service runs from dist/ (bin/desk-sla.js).
// `--out DIR` copies them elsewhere (a build into another folder).
import { cpSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const from = fileURLToPath(new URL('../src/web/admin/assets/', import.meta.url))
const at = process.argv.indexOf('--out')
const to = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : fileURLToPath(new URL('../dist/web/admin/assets/', import.meta.url))
rmSync(to, { recursive: true, force: true })
cpSync(from, to, { recursive: true })
