// npm run pack:extension [-- --service-url https://sla.example.com --out dist-extension/desk-sla-extension.zip]
//   [--installation-id <uuid>]  with DESK_SLA_WEBHOOK_SECRET set: fills resources.json's webhook
//   URL for that one installation (the secret is read from the environment, never from argv).
// Builds the Zoho Desk extension archive to upload (plugin-manifest.json, resources.json, app/).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { extensionArchive, PLACEHOLDER_ORIGIN } from '../src/extension/pack.js'

export const DEFAULT_OUT = 'dist-extension/desk-sla-extension.zip'

export function main(argv: string[], env: Record<string, string | undefined> = process.env): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  let values: { 'service-url'?: string; out?: string; 'installation-id'?: string; help?: boolean }
  try {
    values = parseArgs({
      args: argv,
      options: {
        'service-url': { type: 'string' },
        out: { type: 'string' },
        'installation-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    console.error(`pack:extension: ${(error as Error).message}`)
    return 2
  }
  if (values.help) {
    console.log('usage: npm run pack:extension -- [--service-url https://sla.example.com] [--out FILE] [--installation-id UUID (+ DESK_SLA_WEBHOOK_SECRET)]')
    return 0
  }
  const installationId = values['installation-id']
  const webhookSecret = installationId ? env.DESK_SLA_WEBHOOK_SECRET?.trim() || undefined : undefined
  if (installationId && !webhookSecret) {
    console.error('pack:extension: --installation-id needs the installation webhook secret in DESK_SLA_WEBHOOK_SECRET')
    return 2
  }
  const serviceUrl = values['service-url'] ?? PLACEHOLDER_ORIGIN
  let built
  try {
    built = extensionArchive({ root, serviceUrl, installationId, webhookSecret })
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues
    const detail = issues ? issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ') : (error as Error).message
    console.error(`pack:extension: ${detail}`)
    return 1
  }
  const out = resolve(process.cwd(), values.out ?? DEFAULT_OUT)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, built.archive)
  console.log(`pack:extension: wrote ${out} (${built.archive.length} bytes, ${built.entries.length} files) for ${built.manifest.whiteListedDomains[0]}`)
  for (const entry of built.entries) console.log(`  ${entry.name}`)
  if (serviceUrl === PLACEHOLDER_ORIGIN) console.log(`  note: ${PLACEHOLDER_ORIGIN} is a placeholder; pass --service-url with your service's origin`)
  if (built.templated) {
    console.log('  note: resources.json keeps {installationId}/{webhookSecret}: build per installation with --installation-id (and DESK_SLA_WEBHOOK_SECRET),')
    console.log('        or leave the hook to `desk-sla install`, which registers it through POST /webhooks')
  }
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2))
