// The service's settings that issue #17 added: proxy trust and the database timeouts.
import { expect } from 'chai'
import { loadServiceConfig } from '../src/config.js'
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from '../src/store/db.js'
import { DEFAULT_READY_TIMEOUT_MS } from '../src/web/app.js'

const KEY = { DESK_SLA_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') }

describe('config: proxy trust and database timeouts', () => {
  it('trusts no proxy unless told, and takes express trust proxy values: true, a hop count, addresses, CIDRs and named ranges', () => {
    expect(loadServiceConfig(KEY).TRUST_PROXY).to.equal(false)
    expect(loadServiceConfig({ ...KEY, TRUST_PROXY: 'true' }).TRUST_PROXY).to.equal(true)
    expect(loadServiceConfig({ ...KEY, TRUST_PROXY: 'false' }).TRUST_PROXY).to.equal(false)
    expect(loadServiceConfig({ ...KEY, TRUST_PROXY: '2' }).TRUST_PROXY).to.equal(2)
    expect(loadServiceConfig({ ...KEY, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.7, 172.16.0.0/255.240.0.0' }).TRUST_PROXY).to.deep.equal([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.7',
      '172.16.0.0/255.240.0.0',
    ])
  })

  it('names every proxy entry it cannot read', () => {
    expect(() => loadServiceConfig({ ...KEY, TRUST_PROXY: 'loopback, proxy.example.com, 10.0.0.0/33' })).to.throw(/TRUST_PROXY: .*"proxy\.example\.com", "10\.0\.0\.0\/33"/)
  })

  it('bounds the database with the store defaults: 5 s to connect, 60 s a statement, 2 s for the receiver and /readyz', () => {
    const c = loadServiceConfig(KEY)
    expect([c.DATABASE_CONNECT_TIMEOUT_MS, c.DATABASE_STATEMENT_TIMEOUT_MS, c.RECEIVER_DB_TIMEOUT_MS]).to.deep.equal([
      DEFAULT_CONNECT_TIMEOUT_MS,
      DEFAULT_STATEMENT_TIMEOUT_MS,
      DEFAULT_READY_TIMEOUT_MS,
    ])
    expect([DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, DEFAULT_READY_TIMEOUT_MS]).to.deep.equal([5_000, 60_000, 2_000])
    expect(() => loadServiceConfig({ ...KEY, RECEIVER_DB_TIMEOUT_MS: '2s' })).to.throw(/RECEIVER_DB_TIMEOUT_MS/)
  })
})

describe('config: npm start names every bad setting in one line', () => {
  it('names a secret key of the wrong length beside a bad PORT, never echoing the key', () => {
    expect(() => loadServiceConfig({ DESK_SLA_SECRET_KEY: 'short-secret', PORT: 'abc' }))
      .to.throw(/^invalid configuration — /)
      .and.satisfy((e: Error) => /DESK_SLA_SECRET_KEY: must decode to exactly 32 bytes/.test(e.message) && /PORT: /.test(e.message) && !e.message.includes('short-secret'))
  })
})
