import { expect } from 'chai'
import fc from 'fast-check'
import { jsonDepthExceeds, wellFormedJsonText, wellFormedText } from '../src/well-formed-text.js'

/** no U+0000 and no surrogate without its pair: what PostgreSQL stores in text and jsonb */
function storable(s: string): boolean {
  return !s.includes('\u0000') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
}

// strings made of the awkward pieces (NUL, both surrogate halves, pairs, backslashes, "u0000") and any code unit
const awkward = fc.string({
  unit: fc.oneof(fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\\', 'u', '0000', 'd800', '"'), fc.string({ unit: 'binary', maxLength: 1 })),
})

describe('text PostgreSQL can store (issue 17)', () => {
  it('replaces U+0000 and lone surrogates with U+FFFD and keeps a surrogate pair', () => {
    expect(wellFormedText('a\u0000b\ud800c\udc00d\ud83d\ude00')).to.equal('a\ufffdb\ufffdc\ufffdd\ud83d\ude00')
    expect(wellFormedText('\udc00\ud800')).to.equal('\ufffd\ufffd')
  })

  it('returns clean text unchanged', () => {
    const text = 'Schweregrad 2: Übertragung schlägt fehl 😀'
    expect(wellFormedText(text)).to.equal(text)
  })

  it('cleans the escapes of JSON text and leaves an escaped backslash before "u0000" alone', () => {
    expect(wellFormedJsonText('{"s":"a\\u0000b\\ud800c\\uDC00"}')).to.equal('{"s":"a\\ufffdb\\ufffdc\\ufffd"}')
    expect(wellFormedJsonText('{"s":"\\\\u0000 \\ud83d\\ude00 \\u00e9"}')).to.equal('{"s":"\\\\u0000 \\ud83d\\ude00 \\u00e9"}')
    expect(wellFormedJsonText('"\\ud800\\\\udc00"')).to.equal('"\\ufffd\\\\udc00"')
  })

  it('reads a Buffer as UTF-8 and passes a parsed value through', () => {
    expect(wellFormedJsonText(Buffer.from('"\\u0000"'))).to.equal('"\\ufffd"')
    const parsed = { a: 1 }
    expect(wellFormedJsonText(parsed)).to.equal(parsed)
  })

  it('makes every string storable, and changes nothing a storable string holds', () => {
    fc.assert(
      fc.property(awkward, (s) => {
        const out = wellFormedText(s)
        expect(storable(out)).to.equal(true)
        expect(out.length).to.equal(s.length)
        if (storable(s)) expect(out).to.equal(s)
      }),
    )
  })

  it('gives JSON text whose strings parse to the cleaned strings', () => {
    fc.assert(
      fc.property(awkward, (s) => {
        expect(JSON.parse(wellFormedJsonText(JSON.stringify({ [s]: s })) as string)).to.deep.equal({ [wellFormedText(s)]: wellFormedText(s) })
      }),
    )
  })

  it('tells when JSON nests past a depth, without recursing', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(jsonDepthExceeds(deep, 32)).to.equal(true)
    expect(jsonDepthExceeds({ a: { b: [1, { c: 2 }] } }, 4)).to.equal(false)
    expect(jsonDepthExceeds({ a: { b: [1, { c: 2 }] } }, 3)).to.equal(true)
    expect(jsonDepthExceeds('text', 0)).to.equal(false)
  })
})
