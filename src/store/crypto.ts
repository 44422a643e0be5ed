// Secrets at rest (refresh tokens, client secrets, access tokens, webhook secrets): AES-256-GCM
// with a key from DESK_SLA_SECRET_KEY. Format `v1:<iv>:<tag>:<data>` (base64url) so the scheme can change.
// An optional context (e.g. "installation:<id>:refresh_token") is bound as associated data, so a
// ciphertext copied to another row or field does not decrypt. Nothing here logs a secret or the key.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { StoreError } from './errors.js'

export const SECRET_KEY_VARIABLE = 'DESK_SLA_SECRET_KEY'
const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16

export interface SecretBox {
  encrypt(plaintext: string, context?: string): string
  decrypt(ciphertext: string, context?: string): string
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/

/** 32 bytes given as 64 hex digits or 43/44 base64 (or base64url) characters */
export function parseSecretKey(raw: string | undefined, variable = SECRET_KEY_VARIABLE): Buffer {
  const value = raw?.trim() ?? ''
  if (value === '') {
    throw new StoreError('STORE_SECRET_KEY_MISSING', `${variable} is not set: it must hold 32 random bytes, base64 or hex (openssl rand -base64 32)`, {
      variable,
    })
  }
  let key: Buffer | undefined
  if (HEX_KEY.test(value)) key = Buffer.from(value, 'hex')
  else if (BASE64_KEY.test(value)) key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  if (!key || key.length !== 32) {
    // the value itself is never echoed: only its length
    throw new StoreError('STORE_SECRET_KEY_INVALID', `${variable} must decode to exactly 32 bytes (44 base64 characters or 64 hex digits); got ${value.length} characters`, {
      variable,
      length: value.length,
    })
  }
  return key
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) {
    throw new StoreError('STORE_SECRET_KEY_INVALID', `an AES-256 key has 32 bytes, not ${key.length}`, { variable: SECRET_KEY_VARIABLE, length: key.length })
  }
  const secret = Buffer.from(key) // private copy, reachable only from this closure
  return {
    encrypt(plaintext: string, context = ''): string {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES })
      cipher.setAAD(Buffer.from(context, 'utf8'))
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      const tag = cipher.getAuthTag()
      return [VERSION, iv.toString('base64url'), tag.toString('base64url'), data.toString('base64url')].join(':')
    },
    decrypt(ciphertext: string, context = ''): string {
      const parts = ciphertext.split(':')
      if (parts.length !== 4 || parts[0] !== VERSION) {
        throw new StoreError('STORE_CIPHERTEXT_FORMAT', `stored secret is not in ${VERSION}:iv:tag:data format`, {
          version: parts.length > 1 ? parts[0] : undefined,
        })
      }
      const iv = Buffer.from(parts[1], 'base64url')
      const tag = Buffer.from(parts[2], 'base64url')
      const data = Buffer.from(parts[3], 'base64url')
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
        throw new StoreError('STORE_CIPHERTEXT_FORMAT', 'stored secret has a malformed iv or tag', { ivBytes: iv.length, tagBytes: tag.length })
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES })
        decipher.setAAD(Buffer.from(context, 'utf8'))
        decipher.setAuthTag(tag)
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
      } catch {
        throw new StoreError('STORE_DECRYPT_FAILED', `stored secret does not decrypt with ${SECRET_KEY_VARIABLE} (wrong key or tampered value)`, {
          variable: SECRET_KEY_VARIABLE,
        })
      }
    },
  }
}

export function secretBoxFromEnv(env: Record<string, string | undefined> = process.env): SecretBox {
  return createSecretBox(parseSecretKey(env[SECRET_KEY_VARIABLE]))
}

/** sha256 hex of a secret, for comparing without keeping the secret readable */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/** constant-time: does `candidate` hash to `expectedHash`? */
export function secretMatchesHash(candidate: string, expectedHash: string): boolean {
  const a = Buffer.from(hashSecret(candidate), 'hex')
  const b = Buffer.from(expectedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** a fresh random secret, URL-safe (for webhook URLs) */
export function generateSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}
