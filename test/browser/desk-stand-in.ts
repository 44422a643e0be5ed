// The "Zoho Desk" of the widget's browser test, as Zoho documents it (www.zoho.com/desk/extensions/guide/):
// - ZOHODESK.extension.onload() gives the widget the agent's language as `locale` and the matching
//   app/translations/<code>.json as `localeResources` (widget-data-libraries-overview.html);
// - ZOHODESK.get('extension.config') answers the settings that are not secure: a `secure: true`
//   setting "will be secured on the server side" and never reaches the browser (config-params.html,
//   create-config-params.html);
// - ZOHODESK.request is "routed through proxies" (request-method.html): here the proxy is this Node
//   server, which fills each {{setting}} placeholder with the setting's value (secure or not), refuses
//   a URL outside whiteListedDomains, calls the service, and answers a JSON string wrapping `response`.
// The secure widget token therefore lives only in this process: the page, the widget and the
// browser's traffic never hold it. harness.html/.js play the Desk page around the widget's iframe.
import express from 'express'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PluginManifest } from '../../src/extension/manifest-schema.js'

export interface DeskPortal {
  ticketId: string
  /** the language the agent chose in Desk, as Desk names it in App.locale */
  locale: string
  /** the extension's settings as the admin filled them in, by name (undefined: never saved) */
  settings: Record<string, string | undefined>
  /** the origins the packed manifest white-lists (pack puts the service's origin there) */
  whiteListedDomains: string[]
  /** Desk hands the widget its translation file (App.localeResources); false plays an SDK that does not */
  localeResources?: boolean
}

/** a call Desk's proxy made to a white-listed service, after filling in the placeholders */
export interface ProxiedCall {
  url: string
  method: string
  headers: Record<string, string>
  status: number
}

export interface DeskStandIn {
  app: express.Express
  /** registers a portal; the page to open is `/harness.html?portal=<id>` */
  open(portal: DeskPortal): string
  proxied: ProxiedCall[]
}

const PLACEHOLDER = /\{\{\s*([a-z0-9_]+)\s*\}\}/gi

export function createDeskStandIn(root: string, here: string): DeskStandIn {
  const manifest = PluginManifest.parse(JSON.parse(readFileSync(join(root, 'plugin-manifest.json'), 'utf8')))
  const secure = new Set(manifest.config.filter((c) => c.secure).map((c) => c.name))
  const portals = new Map<string, DeskPortal>()
  const proxied: ProxiedCall[] = []
  const app = express()

  app.use('/app', express.static(join(root, 'app'), { fallthrough: false }))
  app.get('/harness.html', (_req, res) => res.sendFile(join(here, 'harness.html')))
  app.get('/harness.js', (_req, res) => res.sendFile(join(here, 'harness.js')))

  const portalOf = (req: express.Request, res: express.Response): DeskPortal | undefined => {
    const portal = portals.get(String(req.params.portal))
    if (!portal) res.status(404).json({ status: 'error', message: 'no such portal' })
    return portal
  }

  // What the page may know: the ticket, the language, and the settings that are not secure.
  app.get('/desk/:portal/widget-context', (req, res) => {
    const portal = portalOf(req, res)
    if (!portal) return
    // Desk has the extension's files: the agent's language if the manifest lists it, else the default (en)
    const code = manifest.locale.includes(portal.locale.toLowerCase().split(/[-_]/)[0]) ? portal.locale.toLowerCase().split(/[-_]/)[0] : 'en'
    const localeResources = portal.localeResources === false ? undefined : JSON.parse(readFileSync(join(root, 'app', 'translations', `${code}.json`), 'utf8'))
    const config = manifest.config
      .filter((c) => !secure.has(c.name))
      .map((c) => ({ name: c.name, value: portal.settings[c.name] ?? '', defaultValue: null }))
    res.json({ ticketId: portal.ticketId, locale: portal.locale, localeResources, config })
  })

  // Desk's request proxy.
  app.post('/desk/:portal/request', express.json(), async (req, res) => {
    const portal = portalOf(req, res)
    if (!portal) return
    const fill = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => (typeof portal.settings[name] === 'string' ? portal.settings[name] : whole))
    const body = req.body as { url?: string; type?: string; headers?: Record<string, string>; data?: Record<string, string> }
    let url: URL
    try {
      url = new URL(fill(String(body.url)))
    } catch {
      return res.status(400).json({ status: 'error', message: 'invalid url' })
    }
    if (!portal.whiteListedDomains.includes(url.origin)) return res.status(400).json({ status: 'error', message: `domain not white-listed: ${url.origin}` })
    for (const [key, value] of Object.entries(body.data ?? {})) url.searchParams.set(key, fill(String(value)))
    const headers = Object.fromEntries(Object.entries(body.headers ?? {}).map(([k, v]) => [k, fill(String(v))]))
    const method = String(body.type ?? 'GET').toUpperCase()
    const answer = await fetch(url, { method, headers })
    const text = await answer.text()
    proxied.push({ url: url.toString(), method, headers, status: answer.status })
    res.type('text/plain').send(JSON.stringify({ response: text, statusCode: answer.status }))
  })

  return {
    app,
    proxied,
    open(portal) {
      const id = randomUUID()
      portals.set(id, portal)
      return `/harness.html?portal=${id}`
    },
  }
}
