import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { ENGINE_ERROR_CODES, EngineError } from '../../src/engine/errors.js'

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')

  it('documents every engine error code with how to solve it', () => {
    for (const code of Object.keys(ENGINE_ERROR_CODES)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\``))
      expect(row, `docs/errors.md has no row for ${code}`).to.be.a('string')
      expect(row!.split('|').filter((c) => c.trim() !== '')).to.have.length(3)
    }
  })

  it('documents no code that does not exist', () => {
    const documented = [...doc.matchAll(/^\| `(SLA_[A-Z_]+)`/gm)].map((m) => m[1])
    for (const code of documented) expect(ENGINE_ERROR_CODES).to.have.property(code!)
  })

  it('keeps the code and details apart from the message', () => {
    const e = new EngineError('SLA_BAD_DATE', 'not a date', { value: 'x' })
    expect([e.code, e.message, e.details]).to.deep.equal(['SLA_BAD_DATE', 'not a date', { value: 'x' }])
  })
})
