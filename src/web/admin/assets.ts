// The dashboard's stylesheet and script (real files beside this module, in ./assets/) and chart.js
// (from node_modules), served by the service itself (no CDN) under a URL that carries a hash of
// their content, so browsers may keep them for a year: a changed file gets a new URL (issue #16).
// `npm run build` copies ./assets/ next to the compiled module (scripts/copy-web-assets.mjs), so the
// same relative path works from src/ (tsx) and from dist/ (bin/desk-sla.js).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Asset {
  /** e.g. admin.css */
  name: string
  type: string
  body: Buffer
  /** /admin/static/admin.<hash>.css */
  url: string
}

/** the folder of the dashboard's own files, beside this module in src/ and in dist/ */
export const ASSET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'assets')

/** node_modules/chart.js/dist/chart.umd.min.js (the package's exports hide the path: resolve its main file first) */
function chartJsFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js')
}

const SOURCES: Record<string, { type: string; file: () => string }> = {
  'admin.css': { type: 'text/css; charset=utf-8', file: () => join(ASSET_DIR, 'admin.css') },
  'admin.js': { type: 'application/javascript; charset=utf-8', file: () => join(ASSET_DIR, 'admin.js') },
  'chart.umd.min.js': { type: 'application/javascript; charset=utf-8', file: chartJsFile },
}

/** how long a hashed asset may be kept: a year, never revalidated (its URL changes with its content) */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

const loaded = new Map<string, Asset>()

export function asset(name: string): Asset {
  const hit = loaded.get(name)
  if (hit) return hit
  const source = SOURCES[name]
  if (!source) throw new Error(`no admin asset ${name}`)
  const file = source.file()
  let body: Buffer
  try {
    body = readFileSync(file)
  } catch {
    // dist/ built by an older build step, or tsc alone: the files were not copied beside the module
    throw new Error(`the admin dashboard's ${name} is missing at ${file}: run \`npm run build\` (it copies src/web/admin/assets/ into dist/)`)
  }
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16)
  const dot = name.indexOf('.')
  const made: Asset = { name, type: source.type, body, url: `/admin/static/${name.slice(0, dot)}.${hash}${name.slice(dot)}` }
  loaded.set(name, made)
  return made
}

export function assetUrl(name: string): string {
  return asset(name).url
}

/** the asset a /admin/static/<file> request names, only with its current hash */
export function assetAt(file: string): Asset | undefined {
  for (const name of Object.keys(SOURCES)) {
    const a = asset(name)
    if (a.url === `/admin/static/${file}`) return a
  }
  return undefined
}

/** every asset, loaded (the service loads them at start: a missing file fails there, not on a page) */
export function allAssets(): Asset[] {
  return Object.keys(SOURCES).map(asset)
}
