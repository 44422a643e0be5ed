// The Zoho Desk extension's files as desk-sla ships them (DESK_API.md "Extension"): the
// plugin-manifest.json format and resources.json (the webhooks Desk creates when an admin
// authorizes the extension). Strict: a key the format does not have is a mistake here.
import { z } from 'zod'

/** an https origin without a path: what whiteListedDomains and serviceUrl hold */
export const HttpsOrigin = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an https origin without a path, e.g. https://sla.example.com')

/** a file of the archive, from its root: /app/… */
const AppPath = z.string().regex(/^\/app\/[A-Za-z0-9._/-]+$/, 'a path inside the archive starting with /app/')

export const WidgetLocation = z.enum([
  'desk.ticket.detail.rightpanel',
  'desk.ticket.detail.moreaction',
  'desk.ticket.detail.subtab',
  'desk.contact.detail.rightpanel',
  'desk.account.detail.rightpanel',
  'desk.bottomband',
  'desk.topband',
  'desk.background',
])

export const ManifestWidget = z
  .object({
    name: z.string().min(1).max(50),
    location: WidgetLocation,
    url: AppPath.regex(/\.html$/, 'the widget page is an .html file'),
    icon: AppPath.regex(/\.png$/, 'a PNG'),
    logo: AppPath.regex(/\.png$/, 'a PNG'),
  })
  .strict()

export const ManifestConfigParam = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a plain identifier'),
    displayName: z.string().min(1),
    type: z.enum(['text', 'number', 'boolean', 'url', 'email', 'password']),
    mandatory: z.boolean(),
    secure: z.boolean(),
    userdefined: z.boolean(),
  })
  .strict()

export const PluginManifest = z
  .object({
    locale: z.array(z.string().regex(/^[a-z]{2}(_[A-Z]{2})?$/)).min(1),
    service: z.literal('DESK'),
    storage: z.boolean(),
    type: z.enum(['org', 'personal']),
    whiteListedDomains: z.array(HttpsOrigin).min(1),
    modules: z.object({ widgets: z.array(ManifestWidget).min(1) }).strict(),
    cspDomains: z.object({ 'connect-src': z.array(HttpsOrigin) }).strict(),
    config: z.array(ManifestConfigParam),
    connectors: z.array(z.unknown()),
    moduleSupport: z.boolean(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const names = m.config.map((c) => c.name)
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['config', i, 'name'], message: `config "${name}" is declared twice` })
    })
    const widgetNames = m.modules.widgets.map((w) => w.name)
    widgetNames.forEach((name, i) => {
      if (widgetNames.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['modules', 'widgets', i, 'name'], message: `widget "${name}" is declared twice` })
    })
  })
export type PluginManifest = z.infer<typeof PluginManifest>

/** What desk-sla's own manifest must hold on top of the format: its widget and its three settings. */
export const DeskSlaManifest = PluginManifest.superRefine((m, ctx) => {
  if (m.type !== 'org') ctx.addIssue({ code: 'custom', path: ['type'], message: 'desk-sla is an org extension (its webhooks need it)' })
  if (!m.modules.widgets.some((w) => w.location === 'desk.ticket.detail.rightpanel')) {
    ctx.addIssue({ code: 'custom', path: ['modules', 'widgets'], message: 'the ticket-detail right-panel widget is missing' })
  }
  const expected: Record<string, { secure: boolean }> = {
    serviceUrl: { secure: false },
    installationId: { secure: false },
    widgetToken: { secure: true },
  }
  for (const [name, { secure }] of Object.entries(expected)) {
    const param = m.config.find((c) => c.name === name)
    if (!param) {
      ctx.addIssue({ code: 'custom', path: ['config'], message: `the "${name}" setting is missing` })
      continue
    }
    if (!param.mandatory) ctx.addIssue({ code: 'custom', path: ['config', name], message: `"${name}" must be mandatory` })
    if (param.secure !== secure) ctx.addIssue({ code: 'custom', path: ['config', name], message: `"${name}" must ${secure ? '' : 'not '}be secure` })
  }
})

export const WebhookSubscriptions = z
  .object({
    Ticket_Add: z.null(),
    Ticket_Update: z.object({ includePrevState: z.literal(true) }).strict(),
    Ticket_Thread_Add: z.null(),
    Ticket_Comment_Add: z.null(),
  })
  .strict()

// In the shipped resources.json the URL and source id are templates: pack-extension fills
// {installationId} and {webhookSecret} for one installation, or leaves them for the admin.
const InstallationIdOrTemplate = z.union([z.uuid(), z.literal('{installationId}')])
const HookUrl = z
  .string()
  .regex(
    /^https:\/\/[a-z0-9.-]+(:\d{1,5})?\/hooks\/desk\/(\{installationId\}|[0-9a-f-]{36})\/(\{webhookSecret\}|[A-Za-z0-9_-]{16,})$/i,
    'https://<service>/hooks/desk/<installationId>/<webhookSecret>',
  )

export const ExtensionWebhook = z
  .object({
    resourceName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,49}$/),
    url: HookUrl,
    name: z.string().min(1),
    description: z.string().optional(),
    ignoreSourceId: InstallationIdOrTemplate,
    subscriptions: WebhookSubscriptions,
  })
  .strict()

export const ExtensionResources = z.object({ webhooks: z.array(ExtensionWebhook).min(1) }).strict()
export type ExtensionResources = z.infer<typeof ExtensionResources>

/** The manifest's widget files that must be in the archive (paths without the leading slash). */
export function referencedFiles(m: PluginManifest): string[] {
  const files = m.modules.widgets.flatMap((w) => [w.url, w.icon, w.logo]).map((p) => p.replace(/^\//, ''))
  return [...new Set(files)]
}
