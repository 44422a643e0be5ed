// The admin pages' layout and small helpers, all built with the html`…` tag (../html.ts): every
// value is escaped unless it is Html; data for the charts travels as inert JSON
// (<script type="application/json">), the stylesheet and script as hashed files (assets.ts).
import { escapeHtml, html, raw, type Html } from '../html.js'
import { assetUrl } from './assets.js'

export { html, raw, joinHtml, type Html } from '../html.js'

/** JSON safe inside a <script type="application/json"> element (no <, > or & left to end it) */
export function jsonData(id: string, value: unknown): Html {
  const text = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
  return raw(`<script type="application/json" id="${escapeHtml(id)}">${text}</script>`)
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`
}

export const PAGES = [
  { path: '/admin', label: 'Critical issues' },
  { path: '/admin/compliance', label: 'Compliance' },
  { path: '/admin/operations', label: 'Operations' },
  { path: '/admin/policy', label: 'Policy' },
  { path: '/admin/partners', label: 'Partners' },
  { path: '/admin/classifier', label: 'Classifier' },
  { path: '/admin/installations', label: 'Installations' },
] as const

export interface LayoutOptions {
  title: string
  current: (typeof PAGES)[number]['path']
  csrf: string
  body: Html
  charts?: boolean
  notice?: string | null
}

export function layout(o: LayoutOptions): Html {
  const nav = PAGES.map((p) => html`<a href="${p.path}"${p.path === o.current ? html` aria-current="page"` : ''}>${p.label}</a>`)
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · desk-sla admin</title>
<link rel="stylesheet" href="${assetUrl('admin.css')}">
${o.charts ? html`<script src="${assetUrl('chart.umd.min.js')}" defer></script>\n` : ''}<script src="${assetUrl('admin.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<span class="brand">desk-sla</span>
<nav aria-label="Admin pages">${nav}</nav>
<form method="post" action="/admin/logout" class="signout">${csrfField(o.csrf)}<button type="submit">Sign out</button></form>
</header>
<main id="main">
<h1>${o.title}</h1>
${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}
${o.body}
</main>
</body>
</html>`
}

export function options(values: { value: string; label: string }[], selected: string | undefined, anyLabel = 'Any'): Html {
  return html`<option value="">${anyLabel}</option>${values.map((v) => html`<option value="${v.value}"${v.value === selected ? html` selected` : ''}>${v.label}</option>`)}`
}

export function time(iso: string | null | undefined): Html {
  if (!iso) return html`—`
  return html`<time datetime="${iso}">${iso.replace('T', ' ').replace(/:\d{2}\.\d{3}Z$/, ' UTC')}</time>`
}
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`
}

export function seconds(s: number | null): string {
  if (s === null) return '—'
  if (s < 60) return `${Math.round(s * 10) / 10} s`
  return duration(s * 1000)
}
