import { expect } from 'chai'
import fc from 'fast-check'
import { fold, htmlToText, plainText } from '../../src/engine/text.js'
import { referenceFold, referenceHtmlToText } from '../../src/engine/impl/reference.js'

// Pieces HTML descriptions are made of, so that random strings hit the interesting cases.
const HTML_PIECES = [
  '<p>', '</p>', '<div style="color: red">', '</div>', '<br>', '<br/>', '< br >', '</ b>', '<b>', '<span>', '<P>', '<TD>',
  '<div>', '</DIV >', '< / div>', '<div_x>', '</divs>', '</td>', '<td class="c">', '</ th>', '<th>', '</tr>', '<div/>',
  '<ul>', '<li>', '</ol>', '<tr>', '<th>', '<hr/>', '<table>', '<h6>', '<td', '<p_x>', '<pé>', '<h1>', '<blockquote>', '<blockquotes>', '<!DOCTYPE html>', '<!-- note -->', '<script>x<y</script>',
  '<SCRIPT>', '<Style >', '</style>', '<scripts>', '<script_x>', '<stylé>', '<b <script>', '<a title="<!--">', '<!-', '<!x>', '<scrip', '<st',
  '<style>p{}</style>', '&nbsp;', '&amp;', '&amp;lt;', '&lt;', '&gt;', '&quot;', '&#39;', '&#160;', '&eacute;', '&copy',
  'R&D', '&', ';', '<', '>', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2003', '\u00a0\n \t', 'Severity: 2', 'Gravité',
  'Schweregrad', 'Type of Support request:', 'a', 'é', 'ß', 'x < y', '1 > 0', '’', '\ud83d\ude00', '\udc00',
  // (round 94) Outlook's lines, cells whose text ends a label, blanks between siblings, the passes' own mark
  '<p class="MsoNormal">', '<P CLASS=msonormal>', '<p class="MsoNormalTable">', '<p style="x" class=MsoPlainText>', '<p class="msonormal_x">',
  '<o:p>', '</o:p>', '</P >', '</td>\r\n<td>', '</div>\n<div>', 'What happened', 'Issue:', 'done.', '\0', '&#0;', '<td>\u00a0</td>',
  '\u0001', '&#10;', '&#13;', '<br>\r\n', '\r<br>\n', ' \r \n',
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

  it('reads a div closed right before the next one, or a cell before the next cell, as one line break', () => {
    // (round 62: Gmail and Desk's editor write a div a line, a row's cells stand side by side; a paragraph, a list
    // item and a row still end with an empty line)
    expect(htmlToText('<div>zoho desk has been</div><div>down for everyone since 8</div><div><br></div><div>Raj</div>')).to.equal(
      'zoho desk has been\ndown for everyone since 8\n\nRaj',
    )
    // (round 94: a cell whose text runs up to its end is a label, "Other deals: open fine"; the source's blanks and
    // line breaks between two siblings show nothing)
    expect(htmlToText('<table><tr><td>Other deals</td><td>open fine</td></tr><tr><th>Since</th><th>9:00</th></tr></table>')).to.equal(
      'Other deals:\nopen fine\n\nSince:\n9:00',
    )
    expect(htmlToText('<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul><div>e</div> <div>f</div>')).to.equal('a\n\nb\n\nc\n\nd\n\ne\nf')
  })

  it("reads Outlook's MsoNormal paragraphs as lines, its empty paragraph as an empty line, and a cell's label with a colon", () => {
    // (round 94: Word's style sheet gives p.MsoNormal no margin, so Outlook writes a paragraph a line)
    const outlook = '<p class="MsoNormal">Hi,<o:p></o:p></p>\r\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n<p class="MsoNormal">since 8 nobody can<o:p></o:p></p>\r\n<p class="MsoNormal">log in<o:p></o:p></p>'
    expect(htmlToText(outlook)).to.equal('Hi,\n\nsince 8 nobody can\nlog in')
    expect(htmlToText('<p>a</p><p class="MsoListParagraph">b</p>')).to.equal('a\n\nb')
    expect(htmlToText('<table><tr><td>What happened </td><td>desk is down</td></tr><tr><td>Done.</td><td>yes</td><td></td><td>x</td></tr></table>')).to.equal(
      'What happened:\ndesk is down\n\nDone.\nyes:\n\nx',
    )
  })

  it("counts the source's line breaks beside a tag's as the same ones", () => {
    // (round 94: "since 8 nobody can<br>⏎log in" had read as two paragraphs, a sentence split)
    expect(htmlToText('<div>since 8 nobody can<br>\r\nlog in to Desk</div>')).to.equal('since 8 nobody can\nlog in to Desk')
    expect(htmlToText('a\n<br>b<br><br>\nc</p>\n<p>d\n\n<b>e</b>')).to.equal('a\nb\n\nc\n\nd\n\ne')
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

describe('text: folding case, accents, quotes and dashes', () => {
  const reference = referenceFold

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
