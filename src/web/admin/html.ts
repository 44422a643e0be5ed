// Small HTML helpers for the server-rendered admin pages: every interpolated value goes through
// esc(); data for the charts travels as inert JSON (<script type="application/json">).
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** JSON safe inside a <script type="application/json"> element */
export function jsonData(id: string, value: unknown): string {
  const text = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
  return `<script type="application/json" id="${esc(id)}">${text}</script>`
}

export function csrfField(token: string): string {
  return `<input type="hidden" name="_csrf" value="${esc(token)}">`
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
  body: string
  charts?: boolean
  notice?: string | null
}

export function layout(o: LayoutOptions): string {
  const nav = PAGES.map((p) => `<a href="${p.path}"${p.path === o.current ? ' aria-current="page"' : ''}>${esc(p.label)}</a>`).join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} · desk-sla admin</title>
<link rel="stylesheet" href="/admin/static/admin.css">
${o.charts ? '<script src="/admin/static/chart.umd.min.js" defer></script>\n' : ''}<script src="/admin/static/admin.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<span class="brand">desk-sla</span>
<nav aria-label="Admin pages">${nav}</nav>
<form method="post" action="/admin/logout" class="signout">${csrfField(o.csrf)}<button type="submit">Sign out</button></form>
</header>
<main id="main">
<h1>${esc(o.title)}</h1>
${o.notice ? `<p class="notice" role="status">${esc(o.notice)}</p>` : ''}
${o.body}
</main>
</body>
</html>`
}

export function options(values: { value: string; label: string }[], selected: string | undefined, anyLabel = 'Any'): string {
  return [`<option value="">${esc(anyLabel)}</option>`, ...values.map((v) => `<option value="${esc(v.value)}"${v.value === selected ? ' selected' : ''}>${esc(v.label)}</option>`)].join('')
}

export function time(iso: string | null | undefined): string {
  if (!iso) return '—'
  return `<time datetime="${esc(iso)}">${esc(iso.replace('T', ' ').replace(/:\d{2}\.\d{3}Z$/, ' UTC'))}</time>`
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
