// What desk-sla needs from its Zoho Desk extension files (plugin-manifest.json, resources.json).
// Zoho's own validator (`zet validate`, npm zoho-extension-toolkit) is the authority on the format
// and runs on every pack (src/extension/pack.ts); these schemas add desk-sla's own requirements:
// its widget, its three settings, its languages, and no webhook in resources.json.
import { z } from 'zod'

/** an https origin without a path: what whiteListedDomains and the serviceurl setting hold */
export const HttpsOrigin = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an https origin without a path, e.g. https://sla.example.com')

/** a file of the archive, from its root: /app/… */
const AppPath = z.string().regex(/^\/app\/[A-Za-z0-9._/-]+$/, 'a path inside the archive starting with /app/')

export const ManifestWidget = z
  .object({
    name: z.string().min(1).max(50),
    location: z.string().min(1),
    url: AppPath.regex(/\.html$/, 'the widget page is an .html file'),
    icon: AppPath.regex(/\.png$/, 'a PNG'),
    logo: AppPath.regex(/\.png$/, 'a PNG'),
  })
  .strict()

// Config param types and the lowercase names: zoho-extension-toolkit 1.0.24
// lib/rules/DESK.PluginManifestRule.js, and Zoho's guide "Create Config Params"
// (https://www.zoho.com/desk/extensions/guide/create-config-params.html: "The name should not
// have an upper case and no space is allowed").
export const ZOHO_CONFIG_TYPES = ['text', 'number', 'radio', 'switch', 'picklist', 'multiselect', 'checkbox'] as const

export const ManifestConfigParam = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _ (Zoho reads config names in lowercase)'),
    displayName: z.string().min(1).max(255),
    description: z.string().max(255).optional(),
    type: z.enum(ZOHO_CONFIG_TYPES),
    mandatory: z.boolean(),
    secure: z.boolean(),
    userdefined: z.boolean(),
  })
  .strict()

export const PluginManifest = z
  .object({
    locale: z.array(z.string()).min(1),
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
export type PluginManifest = z.infer<typeof PluginManifest>

/** The languages the widget speaks: each has app/translations/<code>.json (en is Zoho's mandatory default). */
export const WIDGET_LOCALES = ['en', 'de', 'fr'] as const

/**
 * The extension's settings. A secure value stays on Zoho's side: the widget cannot read it and
 * sends it as the placeholder {{widgettoken}}, which Desk fills in for ZOHODESK.request
 * (https://www.zoho.com/desk/extensions/guide/config-params.html).
 */
export const WIDGET_SETTINGS = {
  serviceurl: { secure: false },
  installationid: { secure: false },
  widgettoken: { secure: true },
} as const

/** What desk-sla's own manifest must hold on top of Zoho's format. */
export const DeskSlaManifest = PluginManifest.superRefine((m, ctx) => {
  if (m.type !== 'org') ctx.addIssue({ code: 'custom', path: ['type'], message: 'desk-sla is an org extension: one set of settings for the whole portal' })
  if (!m.modules.widgets.some((w) => w.location === 'desk.ticket.detail.rightpanel')) {
    ctx.addIssue({ code: 'custom', path: ['modules', 'widgets'], message: 'the ticket-detail right-panel widget is missing' })
  }
  for (const code of WIDGET_LOCALES) {
    if (!m.locale.includes(code)) ctx.addIssue({ code: 'custom', path: ['locale'], message: `the widget's language "${code}" is missing` })
  }
  for (const [name, { secure }] of Object.entries(WIDGET_SETTINGS)) {
    const param = m.config.find((c) => c.name === name)
    if (!param) {
      ctx.addIssue({ code: 'custom', path: ['config'], message: `the "${name}" setting is missing` })
      continue
    }
    if (!param.mandatory || !param.userdefined) ctx.addIssue({ code: 'custom', path: ['config', name], message: `"${name}" must be mandatory and filled in by the admin` })
    if (param.secure !== secure) ctx.addIssue({ code: 'custom', path: ['config', name], message: `"${name}" must ${secure ? '' : 'not '}be secure` })
  }
})

/**
 * resources.json declares nothing: `desk-sla install` registers the webhook itself (POST /webhooks),
 * with a per-installation secret in the hook URL that the receiver checks. An extension webhook
 * (Zoho reads a single `webhook` object here) would carry one fixed URL for every org.
 */
export const ExtensionResources = z.strictObject(
  {},
  { error: 'desk-sla declares no resources: `desk-sla install` registers its webhook with Desk itself (README "Upload the extension")' },
)
export type ExtensionResources = z.infer<typeof ExtensionResources>

/** The manifest's widget files that must be in the archive (paths without the leading slash). */
export function referencedFiles(m: PluginManifest): string[] {
  const files = m.modules.widgets.flatMap((w) => [w.url, w.icon, w.logo]).map((p) => p.replace(/^\//, ''))
  return [...new Set(files)]
}
