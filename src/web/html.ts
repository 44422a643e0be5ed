// Server-rendered HTML that escapes by default (issue #16, item 5): every ${value} of an html`…`
// template is escaped unless it is Html itself (a nested html`…` or an explicit raw(…)); arrays are
// joined; null, undefined, false and '' render nothing. Where a value lands decides what it may be:
// - starting an href/src/action value: a same-site path or an http(s) URL (safeWebUrl); anything
//   else (javascript:, data:, //host) renders as about:invalid, so it never becomes a live link;
// - inside a tag but outside an attribute value: Html only (` selected`), never a plain string;
// - an unquoted attribute, an on…= handler, a style attribute, inside <script> or <style>: refused
//   (the template throws on every render, so the page tests find it).
// Why not a library: escape-goat and html-template-tag return plain strings, so a nested template is
// escaped twice or needs a raw marker at each level, and neither knows attribute or URL contexts.
import { safeWebUrl } from '../desk/web-url.js'

/** markup that is already safe: made only by html`…` and raw(…) */
export class Html {
  readonly #text: string
  constructor(text: string) {
    this.#text = text
  }
  toString(): string {
    return this.#text
  }
}

/** markup written by this service's code (never data): it goes into a template as it is */
export function raw(text: string): Html {
  return new Html(text)
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** text safe between tags and inside a quoted attribute value */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** an href/src value that may be a link: a same-site path, or http(s) (dropped: javascript:, data:, //host) */
export function safeHref(value: string): string | null {
  if (/^\/(?![/\\])/.test(value)) return value
  return safeWebUrl(value)
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'xlink:href'])
const HOLE = '\u0000'

type Hole = { kind: 'text' } | { kind: 'attribute' } | { kind: 'url' } | { kind: 'tag' } | { kind: 'refused'; why: string }

/** what each ${…} of a template is, read once per template (its strings are the same object on every call) */
const holesOf = new WeakMap<TemplateStringsArray, Hole[]>()

function analyse(strings: TemplateStringsArray): Hole[] {
  const holes: Hole[] = []
  let before = ''
  for (let i = 0; i < strings.length - 1; i++) {
    before += strings[i]
    holes.push(holeAt(before))
    before += HOLE
  }
  return holes
}

function holeAt(before: string): Hole {
  const lower = before.toLowerCase()
  for (const element of ['script', 'style']) {
    const start = lower.lastIndexOf(`<${element}`)
    if (start > lower.lastIndexOf(`</${element}`) && lower.indexOf('>', start) !== -1) return { kind: 'refused', why: `a value inside <${element}>` }
  }
  const open = before.lastIndexOf('<')
  if (open <= before.lastIndexOf('>')) return { kind: 'text' }
  const tag = before.slice(open)
  if (tag.startsWith('<!--')) return { kind: 'text' }
  const attr = /([^\s"'=<>`\u0000]+)\s*=\s*(?:"([^"]*)|'([^']*)|([^\s"'>]*))$/.exec(tag)
  if (!attr) {
    // an odd number of quotes: inside a value whose name came before an earlier hole
    return (tag.split('"').length - 1) % 2 === 1 || (tag.split("'").length - 1) % 2 === 1 ? { kind: 'attribute' } : { kind: 'tag' }
  }
  const name = attr[1]!.toLowerCase()
  const value = attr[2] ?? attr[3]
  if (value === undefined) return { kind: 'refused', why: `an unquoted attribute (${name}=)` }
  if (name.startsWith('on') || name === 'style' || name === 'srcdoc') return { kind: 'refused', why: `a value in the ${name} attribute` }
  return URL_ATTRIBUTES.has(name) && value === '' ? { kind: 'url' } : { kind: 'attribute' }
}

function render(value: unknown, hole: Hole): string {
  if (hole.kind === 'refused') throw new Error(`html\`\`: ${hole.why} is not allowed; build it another way`)
  if (value === null || value === undefined || value === false || value === '') return ''
  if (Array.isArray(value)) return value.map((v) => render(v, hole)).join('')
  if (value instanceof Html) return value.toString()
  if (hole.kind === 'tag') throw new Error('html``: a plain value between attributes is not allowed; give Html (html` selected`)')
  if (hole.kind === 'url') return escapeHtml(safeHref(String(value)) ?? 'about:invalid')
  return escapeHtml(value)
}

/** the tag: html`<td>${ticket.subject}</td><td>${raw(badge)}</td>` */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let holes = holesOf.get(strings)
  if (!holes) {
    holes = analyse(strings)
    holesOf.set(strings, holes)
  }
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i], holes[i]!) + strings[i + 1]
  return new Html(out)
}

/** the parts joined with a separator (text or Html), each escaped as in a template */
export function joinHtml(parts: readonly unknown[], separator: string | Html): Html {
  const sep = separator instanceof Html ? separator.toString() : escapeHtml(separator)
  return new Html(parts.map((p) => render(p, { kind: 'text' })).join(sep))
}
