import { randomBytes } from 'node:crypto'
import { expect } from 'chai'
import { createSecretBox, generateSecret, hashSecret, parseSecretKey, secretBoxFromEnv, secretMatchesHash } from '../../src/store/crypto.js'
import { isStoreError, type StoreErrorCode } from '../../src/store/errors.js'

const key = randomBytes(32)
const box = createSecretBox(key)

function codeOf(fn: () => unknown): StoreErrorCode | undefined {
  try {
    fn()
  } catch (e) {
    if (isStoreError(e)) return e.code
    throw e
  }
  return undefined
}

describe('store: secrets at rest', () => {
  it('decrypts what it encrypted, including non-ASCII text', () => {
    const secret = '1000.refresh-token-äöü-€'
    const sealed = box.encrypt(secret, 'installation:1:refresh_token')
    expect(box.decrypt(sealed, 'installation:1:refresh_token')).to.equal(secret)
  })

  it('writes the versioned v1:iv:tag:data format and never the plaintext', () => {
    const sealed = box.encrypt('plain-refresh-token')
    expect(sealed).to.match(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/)
    expect(sealed).not.to.contain('plain-refresh-token')
  })

  it('encrypts the same secret differently every time', () => {
    expect(box.encrypt('same')).to.not.equal(box.encrypt('same'))
  })

  it('detects a tampered ciphertext', () => {
    const [v, iv, tag, data] = box.encrypt('refresh-token').split(':')
    const flipped = Buffer.from(data, 'base64url')
    flipped[0] ^= 1
    expect(codeOf(() => box.decrypt([v, iv, tag, flipped.toString('base64url')].join(':')))).to.equal('STORE_DECRYPT_FAILED')
    const badTag = Buffer.from(tag, 'base64url')
    badTag[3] ^= 0x80
    expect(codeOf(() => box.decrypt([v, iv, badTag.toString('base64url'), data].join(':')))).to.equal('STORE_DECRYPT_FAILED')
  })

  it('refuses to decrypt with another key', () => {
    const sealed = box.encrypt('refresh-token')
    expect(codeOf(() => createSecretBox(randomBytes(32)).decrypt(sealed))).to.equal('STORE_DECRYPT_FAILED')
  })

  it('refuses a ciphertext moved to another installation or field', () => {
    const sealed = box.encrypt('refresh-token', 'installation:a:refresh_token')
    expect(codeOf(() => box.decrypt(sealed, 'installation:b:refresh_token'))).to.equal('STORE_DECRYPT_FAILED')
    expect(codeOf(() => box.decrypt(sealed, 'installation:a:client_secret'))).to.equal('STORE_DECRYPT_FAILED')
  })

  it('names an unknown format rather than guessing', () => {
    expect(codeOf(() => box.decrypt('plain text'))).to.equal('STORE_CIPHERTEXT_FORMAT')
    expect(codeOf(() => box.decrypt('v2:a:b:c'))).to.equal('STORE_CIPHERTEXT_FORMAT')
    expect(codeOf(() => box.decrypt('v1:short:tag:data'))).to.equal('STORE_CIPHERTEXT_FORMAT')
  })
})

describe('store: secret key from the environment', () => {
  it('reads a 32-byte key given as base64, base64url or hex', () => {
    const raw = randomBytes(32)
    for (const text of [raw.toString('base64'), raw.toString('base64url'), raw.toString('hex'), raw.toString('hex').toUpperCase()]) {
      expect(parseSecretKey(text).equals(raw)).to.equal(true)
    }
  })

  it('names DESK_SLA_SECRET_KEY when it is missing or empty', () => {
    for (const env of [{}, { DESK_SLA_SECRET_KEY: '' }, { DESK_SLA_SECRET_KEY: '   ' }]) {
      try {
        secretBoxFromEnv(env)
        expect.fail('no error')
      } catch (e) {
        expect(isStoreError(e, 'STORE_SECRET_KEY_MISSING')).to.equal(true)
        expect((e as Error).message).to.contain('DESK_SLA_SECRET_KEY')
      }
    }
  })

  it('names the variable without echoing a key of the wrong length', () => {
    const short = randomBytes(16).toString('base64')
    try {
      secretBoxFromEnv({ DESK_SLA_SECRET_KEY: short })
      expect.fail('no error')
    } catch (e) {
      expect(isStoreError(e, 'STORE_SECRET_KEY_INVALID')).to.equal(true)
      expect((e as Error).message).to.contain('DESK_SLA_SECRET_KEY')
      expect((e as Error).message).not.to.contain(short)
      expect(JSON.stringify((e as { details: unknown }).details)).not.to.contain(short)
    }
    expect(codeOf(() => parseSecretKey('not a key at all, just words'))).to.equal('STORE_SECRET_KEY_INVALID')
    expect(codeOf(() => parseSecretKey('zz'.repeat(32)))).to.equal('STORE_SECRET_KEY_INVALID')
  })

  it('works with a key from the environment end to end', () => {
    const env = { DESK_SLA_SECRET_KEY: key.toString('base64') }
    expect(secretBoxFromEnv(env).decrypt(box.encrypt('x', 'c'), 'c')).to.equal('x')
  })
})

describe('store: webhook secret hashes', () => {
  it('matches the secret it was made from and nothing else', () => {
    const secret = generateSecret()
    const hash = hashSecret(secret)
    expect(secretMatchesHash(secret, hash)).to.equal(true)
    expect(secretMatchesHash(`${secret}x`, hash)).to.equal(false)
    expect(secretMatchesHash('', hash)).to.equal(false)
    expect(secretMatchesHash(secret, 'not-hex')).to.equal(false)
  })

  it('makes URL-safe secrets of 256 bits', () => {
    const secret = generateSecret()
    expect(secret).to.match(/^[A-Za-z0-9_-]{43}$/)
    expect(generateSecret()).to.not.equal(secret)
  })
})
