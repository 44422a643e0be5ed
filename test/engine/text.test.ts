import { expect } from 'chai'
import fc from 'fast-check'
import { decode } from 'html-entities'
import { fold, htmlToText, phraseIndex, plainText, words } from '../../src/engine/text.js'

// The plain regex pipeline htmlToText replaced (it ran on every ticket and cost more than the
// rest of the classifier): kept here as the oracle the hand-written passes must agree with.
const TAGS = /<\s*\/?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<[^>]*>/g
const BLOCK = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'hr', 'blockquote', 'table'])
function referenceHtmlToText(html: string): string {
  let t = html
  t = t.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  t = t.replace(/<!--[\s\S]*?-->/g, '')
  t = t.replace(TAGS, (_tag, name: string | undefined) => (name !== undefined && BLOCK.has(name.toLowerCase()) ? '\n' : ''))
  t = decode(t)
  return t
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/[ \t\u00a0]{2,}|\u00a0|\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// Pieces HTML descriptions are made of, so that random strings hit the interesting cases.
const HTML_PIECES = [
  '<p>', '</p>', '<div style="color: red">', '</div>', '<br>', '<br/>', '< br >', '</ b>', '<b>', '<span>', '<P>', '<TD>',
  '<ul>', '<li>', '</ol>', '<tr>', '<th>', '<hr/>', '<table>', '<h6>', '<td', '<p_x>', '<pé>', '<h1>', '<blockquote>', '<blockquotes>', '<!DOCTYPE html>', '<!-- note -->', '<script>x<y</script>',
  '<SCRIPT>', '<Style >', '</style>', '<scripts>', '<script_x>', '<stylé>', '<b <script>', '<a title="<!--">', '<!-', '<!x>', '<scrip', '<st',
  '<style>p{}</style>', '&nbsp;', '&amp;', '&amp;lt;', '&lt;', '&gt;', '&quot;', '&#39;', '&#160;', '&eacute;', '&copy',
  'R&D', '&', ';', '<', '>', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2003', '\u00a0\n \t', 'Severity: 2', 'Gravité',
  'Schweregrad', 'Type of Support request:', 'a', 'é', 'ß', 'x < y', '1 > 0', '’', '\ud83d\ude00', '\udc00',
]
const htmlish = fc.array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''))

describe('text: HTML descriptions to plain text', () => {
  it('gives exactly what the plain regex pipeline gives, for any mix of tags, entities and spacing', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(htmlToText(html)).to.equal(referenceHtmlToText(html))
      }),
      { numRuns: Number(process.env.RUNS ?? 5000) },
    )
  })

  it('turns block elements into line breaks, drops inline tags and decodes entities', () => {
    expect(htmlToText('<div><p><b>Severity</b>&nbsp;2</p><p>Gravit&eacute;&nbsp;:<br>1</p></div>')).to.equal('Severity 2\n\nGravité :\n1')
  })

  it('counts a CR and an LF with only inline tags between them as one line break', () => {
    expect(htmlToText('>\r<<p><p>!')).to.equal(referenceHtmlToText('>\r<<p><p>!'))
    expect(htmlToText('a\r<b>\nb')).to.equal('a\nb')
  })

  it('reads each description on its own: a longer one read before leaves nothing behind', () => {
    const long = `<p>${'word '.repeat(600)}</p><script>x</script><style>y</style>`
    expect(htmlToText(long)).to.equal(referenceHtmlToText(long))
    // beyond what is kept for the next text (128 Ki code units), then ordinary ones again
    const huge = `<div>${'<p>Schweregrad&nbsp;2 – très urgent</p>'.repeat(4000)}</div>`
    expect(htmlToText(huge)).to.equal(referenceHtmlToText(huge))
    expect(fold(huge)).to.equal(fold(huge.slice(0, 100_000)) + fold(huge.slice(100_000)))
    expect(htmlToText(long)).to.equal(referenceHtmlToText(long))
    // (where the short ones end, the longer ones had "<script>" and entities)
    for (const short of ['<p>a<s', '<p>a<sc', 'a&nbs', '<p>x</p><!-', '<p>'.repeat(300) + 'b<st']) {
      htmlToText(`${short}cript>&nbsp;${'<p>z</p>'.repeat(400)}`)
      expect(htmlToText(short)).to.equal(referenceHtmlToText(short))
    }
  })

  it('keeps a lone "<" that no ">" closes', () => {
    expect(htmlToText('<p>x < y')).to.equal('x < y')
  })

  it('treats text without tags as plain text and only normalises its line breaks', () => {
    expect(plainText('a\r\nb\rc  d')).to.equal('a\nb\nc  d')
    expect(plainText('1 < 2 and 3 > 2')).to.equal('1 < 2 and 3 > 2')
  })
})

// The word-list scan the trie replaced: the oracle for which phrases a text contains.
function referenceScan(lists: Record<string, readonly string[]>, text: string): Record<string, string[]> {
  const ws = words(fold(text))
  const out: Record<string, string[]> = {}
  for (const [name, phrases] of Object.entries(lists)) {
    out[name] = [...new Set(phrases.filter((p) => p.trim() !== ''))].filter((phrase) => {
      let p = fold(phrase).trim()
      const prefix = p.endsWith('*')
      if (prefix) p = p.slice(0, -1)
      const tokens = words(p)
      if (tokens.length === 0) return false
      return ws.some((_, i) =>
        tokens.every((t, k) => {
          const w = ws[i + k]
          return w !== undefined && (k === tokens.length - 1 && prefix ? w.startsWith(t) : w === t)
        }),
      )
    })
  }
  return out
}

describe('text: one pass finds every phrase of every list', () => {
  const lists = {
    feature: ['feature request', 'Funktionsanfrage', 'demande de fonctionnalité', 'would be nice*'],
    allDay: ['outage*', 'down', 'log in', 'log-in', 'login*', 'hors service', 'Ausfall*', 'ne*'],
    severe: ['système arrêté', 'données perdues', "can't access", 'x', 'ÉCHEC*'],
  }
  const WORDS = [
    'feature', 'request', 'requests', 'funktionsanfrage', 'Demande', 'de', 'fonctionnalité', 'would', 'be', 'nice', 'nicely',
    'outages', 'outage', 'down', 'downtime', 'log', 'in', 'login', 'logins', 'hors', 'service', 'Ausfälle', 'ausfall', 'ne',
    'never', 'n', 'système', 'systeme', 'arrêté', 'données', 'perdues', "can't", 'cant', 'access', 'x', 'xx', 'échecs', 'ECHEC',
  ]
  const SEPARATORS = [' ', '  ', '\n', '-', ', ', '. ', "'", '’', '\u00a0', '/', '日本']
  const text = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 25 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''))

  it('finds what a word-by-word comparison finds, in configuration order', () => {
    const index = phraseIndex(lists)
    fc.assert(
      fc.property(text, (t) => {
        const hits = index.scan(fold(t))
        const expected = referenceScan(lists, t)
        for (const name of Object.keys(lists)) {
          expect(hits.found(name), `${name} in ${JSON.stringify(t)}`).to.deep.equal(expected[name])
          expect(hits.has(name)).to.equal(expected[name]!.length > 0)
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    )
  })

  it('matches whole words only, and a trailing * matches any ending', () => {
    const index = phraseIndex(lists)
    expect(index.scan(fold('Outages everywhere, we are down')).found('allDay')).to.deep.equal(['outage*', 'down'])
    expect(index.scan(fold('a downtime')).found('allDay')).to.deep.equal([])
    expect(index.scan(fold('cannot Log-In today')).found('allDay')).to.deep.equal(['log in', 'log-in'])
    expect(index.scan(fold('Système arrêté')).found('severe')).to.deep.equal(['système arrêté'])
    expect(index.scan(fold('nothing here')).has('feature')).to.equal(false)
    expect(index.scan(fold('x')).found('unknown list')).to.deep.equal([])
  })
})

describe('text: folding case, accents, quotes and dashes', () => {
  // The per-character rule, applied with a regex over the whole text: the oracle for the loop.
  const foldOne = (ch: string) =>
    ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\u00df/g, 'ss')
      .replace(/[\u00a0\u202f\u2007]/g, ' ')
  const reference = (text: string) => text.toLowerCase().replace(/[^\t\n\r\x20-\x5f\x61-\x7e]/g, foldOne)

  it('folds any text as the per-character rule does', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('Straße', 'Gravité', 'ÉTAPES', '‘quote’', 'a–b—c', 'x\u00a0y', '`', 'Ä', 'e\u0301'))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(fold(text)).to.equal(reference(text))
      }),
      { numRuns: Number(process.env.RUNS ?? 5000) },
    )
  })

  it('folds German and French words to plain letters', () => {
    expect(fold('Durchgeführte Schritte – Straße')).to.equal('durchgefuhrte schritte - strasse')
    expect(fold('Étapes de dépannage effectuées')).to.equal('etapes de depannage effectuees')
  })
})
