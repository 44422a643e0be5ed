// Where the browser tests save their pictures. A test run saves them in a temporary folder, so that
// `npm test` leaves the checkout as it found it (the pictures carry the time and random ids);
// `UPDATE_SCREENSHOTS=1 npm test` refreshes the ones the README shows, in docs/screenshots.
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(tmpdir(), 'desk-sla-screenshots')
  mkdirSync(dir, { recursive: true })
  return join(dir, name)
}
