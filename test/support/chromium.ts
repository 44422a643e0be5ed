// The Chromium the browser tests drive through playwright-core. `npm ci` brings one
// (@sparticuz/chromium ships the binary inside the npm package and unpacks it to the
// temporary directory on first use), so `npm ci && npm test` needs no apt step (issue #17).
// CHROMIUM_PATH names another browser; otherwise a system Chromium is used when present.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Flags for a headless run on a closed network: no sandbox (root), no GPU, no calls home. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH?.trim()
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} does not exist`)
    return chosen
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p))
  if (system) return system
  const bundled = (await import('@sparticuz/chromium')).default
  return bundled.executablePath()
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: FLAGS })
}
