import { expect } from 'chai'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DATA_CENTERS, resolveEndpoints } from '../../src/desk/data-centers.js'
import { DESK_ERROR_CODES, DeskError } from '../../src/desk/errors.js'

const srcDir = fileURLToPath(new URL('../../src/desk/', import.meta.url))

describe('desk errors: catalogue', () => {
  it('explains every code with what happened and how to fix it', () => {
    for (const [code, entry] of Object.entries(DESK_ERROR_CODES)) {
      expect(code).to.match(/^DESK_[A-Z0-9_]+$/)
      expect(entry.meaning, code).to.have.length.greaterThan(10)
      expect(entry.fix, code).to.have.length.greaterThan(10)
    }
  })

  it('knows every code the client throws', () => {
    const used = new Set<string>()
    for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.startsWith('sandbox') && f !== 'errors.ts')) {
      for (const m of readFileSync(srcDir + file, 'utf8').matchAll(/'(DESK_[A-Z0-9_]+)'/g)) used.add(m[1]!)
    }
    expect(used.size).to.be.greaterThan(10)
    for (const code of used) expect(DESK_ERROR_CODES, code).to.have.property(code)
  })

  it('serialises to code, message and details without a stack', () => {
    const e = new DeskError('DESK_NOT_FOUND', 'Desk answered 404', { status: 404, deskErrorCode: 'URL_NOT_FOUND' })
    expect(e.toJSON()).to.deep.equal({ name: 'DeskError', code: 'DESK_NOT_FOUND', message: 'Desk answered 404', details: { status: 404, deskErrorCode: 'URL_NOT_FOUND' } })
    expect(e.status).to.equal(404)
    expect(e.deskErrorCode).to.equal('URL_NOT_FOUND')
  })
})

describe('desk data centers', () => {
  it('maps every data center to its accounts host and API root', () => {
    expect(Object.keys(DATA_CENTERS).sort()).to.deep.equal(['ca', 'com', 'com.au', 'com.cn', 'eu', 'in', 'jp', 'sa', 'uk'])
    expect(resolveEndpoints({ dataCenter: 'com' })).to.deep.equal({ accountsUrl: 'https://accounts.zoho.com', apiBase: 'https://desk.zoho.com/api/v1' })
    expect(resolveEndpoints({ dataCenter: 'com.au' })).to.deep.equal({ accountsUrl: 'https://accounts.zoho.com.au', apiBase: 'https://desk.zoho.com.au/api/v1' })
    expect(resolveEndpoints({ dataCenter: 'ca' })).to.deep.equal({ accountsUrl: 'https://accounts.zohocloud.ca', apiBase: 'https://desk.zohocloud.ca/api/v1' })
  })

  it('points at the sandbox when both hosts are overridden, ignoring trailing slashes and empty strings', () => {
    expect(resolveEndpoints({ dataCenter: 'eu', apiBase: 'http://127.0.0.1:4010/api/v1/', accountsUrl: '' })).to.deep.equal({
      apiBase: 'http://127.0.0.1:4010/api/v1',
      accountsUrl: 'https://accounts.zoho.eu',
    })
  })

  it('refuses an unknown data center with the list of known ones', () => {
    try {
      resolveEndpoints({ dataCenter: 'mars' })
      expect.fail('should have thrown')
    } catch (e) {
      expect((e as DeskError).code).to.equal('DESK_UNKNOWN_DATA_CENTER')
      expect((e as DeskError).details.known).to.include('com.cn')
    }
  })
})
