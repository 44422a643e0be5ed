import { expect } from 'chai'
import { STORE_ERROR_CODES, StoreError, isStoreError } from '../../src/store/errors.js'

describe('store: error catalogue', () => {
  it('prefixes every code with STORE_ and explains how to solve it', () => {
    for (const [code, entry] of Object.entries(STORE_ERROR_CODES)) {
      expect(code).to.match(/^STORE_[A-Z_]+$/)
      expect(entry.fix.length, code).to.be.greaterThan(8)
      expect(entry.meaning.length, code).to.be.greaterThan(20)
    }
  })

  it('carries the code and details on the error and matches by code', () => {
    const e = new StoreError('STORE_VERSION_CONFLICT', 'changed', { ticketId: '1' })
    expect(e).to.include({ name: 'StoreError', code: 'STORE_VERSION_CONFLICT' })
    expect(e.details).to.deep.equal({ ticketId: '1' })
    expect(isStoreError(e, 'STORE_VERSION_CONFLICT')).to.equal(true)
    expect(isStoreError(e, 'STORE_CLOSED')).to.equal(false)
    expect(isStoreError(new Error('x'))).to.equal(false)
  })
})
