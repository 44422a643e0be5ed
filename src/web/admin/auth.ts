// Who may sign in to the admin dashboard: the admin token (ADMIN_TOKEN) or the admin password
// (ADMIN_PASSWORD_HASH, scrypt). Both are compared in constant time; neither is ever logged or shown.
import { createHash, createHmac, randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export interface AdminCredentials {
  token?: string
  /** scrypt$N$r$p$salt$hash (base64), from hashAdminPassword */
  passwordHash?: string
}

export type AdminActor = 'admin:token' | 'admin:password'

const SCRYPT_N = 16384
const SCRYPT_R = 8
const SCRYPT_P = 1
const KEY_LENGTH = 32

/** A password hash for ADMIN_PASSWORD_HASH. */
export function hashAdminPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P })
  return `scrypt$${SCRYPT_N}$${SCRYPT_R}$${SCRYPT_P}$${salt.toString('base64')}$${key.toString('base64')}`
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}

/** constant time whatever the lengths: both sides are hashed first */
export function sameSecret(candidate: string, expected: string): boolean {
  return timingSafeEqual(sha256(candidate), sha256(expected))
}

interface StoredHash {
  salt: Buffer
  expected: Buffer
  options: ScryptOptions
}

function parseStoredHash(stored: string): StoredHash | null {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [n, r, p] = parts.slice(1, 4).map(Number)
  const salt = Buffer.from(parts[4]!, 'base64')
  const expected = Buffer.from(parts[5]!, 'base64')
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return null
  return { salt, expected, options: { N: n, r, p, maxmem: 256 * n! * r! + 1024 * 1024 } }
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, length, options, (err, key) => (err ? reject(err) : resolve(key))))
}

/** a FIFO limit on how many verifications run at once (scrypt runs on libuv's small thread pool) */
class Semaphore {
  private active = 0
  private readonly waiting: Array<() => void> = []
  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await fn()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}

export function signInConfigured(c: AdminCredentials): boolean {
  return Boolean(c.token || c.passwordHash)
}

/** checks sign-in secrets off the event loop; `checks` counts the secrets actually verified */
export interface SecretVerifier {
  /** the actor the secret signs in as, or null. Both checks always run, so timing tells nothing. */
  verify(candidate: string): Promise<AdminActor | null>
  /** the admin token alone (API bearer tokens): no scrypt */
  verifyToken(candidate: string): AdminActor | null
  readonly checks: number
}

export const DEFAULT_VERIFY_CONCURRENCY = 2

/**
 * The async scrypt (issue #17: the synchronous one stalled the event loop ~35 ms per attempt, and
 * webhook deliveries queued behind a burst of sign-ins) under a small concurrency cap.
 */
export function createSecretVerifier(c: AdminCredentials, o: { concurrency?: number } = {}): SecretVerifier {
  const stored = c.passwordHash ? parseStoredHash(c.passwordHash) : null
  const gate = new Semaphore(o.concurrency ?? DEFAULT_VERIFY_CONCURRENCY)
  let checks = 0
  const tokenMatches = (candidate: string) => (c.token ? sameSecret(candidate, c.token) : false)
  return {
    get checks() {
      return checks
    },
    verifyToken(candidate) {
      if (candidate.length === 0 || candidate.length > 1024) return null
      checks++
      return tokenMatches(candidate) ? 'admin:token' : null
    },
    async verify(candidate) {
      if (candidate.length === 0 || candidate.length > 1024) return null
      checks++
      const tokenOk = tokenMatches(candidate)
      let passwordOk = false
      if (stored) {
        const key = await gate.run(() => scryptAsync(candidate.normalize('NFC'), stored.salt, stored.expected.length, stored.options))
        passwordOk = timingSafeEqual(key, stored.expected)
      }
      if (tokenOk) return 'admin:token'
      if (passwordOk) return 'admin:password'
      return null
    },
  }
}

// ---- the sign-in form's CSRF token ----
// A random pair in a cookie and a hidden field proved nothing: anyone can send a cookie and a field
// that match (issue #17). The token is now issued by the server: a nonce and its time, with an HMAC
// under a server key, so a pair the server did not make is refused.

export const LOGIN_TOKEN_TTL_MS = 3_600_000 // 1 h, as long as the form's cookie lives

export interface LoginTokens {
  issue(now: number): string
  /** the cookie's and the field's token are the same, made by this server, and not older than the TTL */
  valid(cookie: string | undefined, field: string | undefined, now: number): boolean
}

export function loginTokens(key: Buffer): LoginTokens {
  const mac = (issued: string, nonce: string) => createHmac('sha256', key).update(`desk-sla:admin-login:${issued}:${nonce}`).digest('base64url')
  return {
    issue(now) {
      const issued = now.toString(36)
      const nonce = randomBytes(16).toString('base64url')
      return `${issued}.${nonce}.${mac(issued, nonce)}`
    },
    valid(cookie, field, now) {
      if (!cookie || !field || cookie.length > 200 || !sameSecret(cookie, field)) return false
      const [issued, nonce, tag, ...rest] = field.split('.')
      if (!issued || !nonce || !tag || rest.length > 0) return false
      if (!sameSecret(tag, mac(issued, nonce))) return false
      const at = parseInt(issued, 36)
      return Number.isFinite(at) && at <= now + 60_000 && now - at < LOGIN_TOKEN_TTL_MS
    },
  }
}

/** Cookie header → name/value pairs (first one wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    if (out.has(name)) continue
    try {
      out.set(name, decodeURIComponent(part.slice(eq + 1).trim()))
    } catch {
      // a malformed value is no value
    }
  }
  return out
}

export interface CookieOptions {
  secure: boolean
  maxAgeSeconds?: number
}

/** `__Host-` needs Secure; plain-http localhost (COOKIE_SECURE=false) uses the bare name. */
export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base
}

export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict']
  if (o.secure) parts.push('Secure')
  if (o.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(o.maxAgeSeconds))}`)
  return parts.join('; ')
}
