// Builds the Zoho Desk extension archive: plugin-manifest.json with the service's origin as the
// only white-listed domain, resources.json with the service's webhook URL, and the widget (app/).
// Nothing is fetched at run time by our files: the widget's JS, CSS and images are all inside.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { z } from 'zod'
import { DeskSlaManifest, ExtensionResources, HttpsOrigin, referencedFiles, type PluginManifest } from './manifest-schema.js'
import { createZip, type ZipEntry } from './zip.js'

/** the origin the checked-in files name; pack replaces it with the real service's */
export const PLACEHOLDER_ORIGIN = 'https://sla.example.com'

export const PackOptions = z
  .object({
    /** the repository root (where plugin-manifest.json, resources.json and app/ are) */
    root: z.string().min(1),
    /** the desk-sla service the widget calls and Desk posts webhooks to */
    serviceUrl: z
      .string()
      .transform((s) => s.trim().replace(/\/+$/, ''))
      .pipe(HttpsOrigin),
    /** fill resources.json for one installation; without both, its placeholders stay */
    installationId: z.uuid().optional(),
    webhookSecret: z.string().regex(/^[A-Za-z0-9_-]{16,}$/, 'the installation webhook secret (URL-safe, 16+ characters)').optional(),
  })
  .strict()
  .refine((o) => (o.installationId === undefined) === (o.webhookSecret === undefined), {
    message: 'give both the installation id and its webhook secret, or neither',
  })
export type PackOptions = z.input<typeof PackOptions>

export interface PackedExtension {
  entries: ZipEntry[]
  manifest: PluginManifest
  resources: ExtensionResources
  /** resources.json still holds {installationId}/{webhookSecret} */
  templated: boolean
}

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else out.push(path)
  }
  return out
}

export function packExtension(input: PackOptions): PackedExtension {
  const o = PackOptions.parse(input)
  const manifestRaw = JSON.parse(readFileSync(join(o.root, 'plugin-manifest.json'), 'utf8')) as Record<string, unknown>
  const manifest = DeskSlaManifest.parse({ ...manifestRaw, whiteListedDomains: [o.serviceUrl] })

  let resourcesText = readFileSync(join(o.root, 'resources.json'), 'utf8').split(PLACEHOLDER_ORIGIN).join(o.serviceUrl)
  if (o.installationId && o.webhookSecret) {
    resourcesText = resourcesText.split('{installationId}').join(o.installationId).split('{webhookSecret}').join(o.webhookSecret)
  }
  const resources = ExtensionResources.parse(JSON.parse(resourcesText))
  for (const hook of resources.webhooks) {
    if (!hook.url.startsWith(`${o.serviceUrl}/`)) throw new Error(`resources.json: webhook ${hook.resourceName} does not post to ${o.serviceUrl}`)
  }

  const appFiles = listFiles(join(o.root, 'app')).map((path) => ({
    name: relative(o.root, path).split(sep).join('/'),
    data: readFileSync(path),
  }))
  const names = new Set(appFiles.map((f) => f.name))
  const missing = referencedFiles(manifest).filter((f) => !names.has(f))
  if (missing.length > 0) throw new Error(`plugin-manifest.json names files that app/ does not have: ${missing.join(', ')}`)

  const entries: ZipEntry[] = [
    { name: 'plugin-manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'resources.json', data: Buffer.from(`${JSON.stringify(resources, null, 2)}\n`) },
    ...appFiles,
  ]
  return { entries, manifest, resources, templated: o.installationId === undefined }
}

export function extensionArchive(input: PackOptions): { archive: Buffer } & PackedExtension {
  const packed = packExtension(input)
  return { archive: createZip(packed.entries), ...packed }
}
