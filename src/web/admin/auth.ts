// Who may sign in to the admin dashboard: the admin token (ADMIN_TOKEN) or the admin password
// (ADMIN_PASSWORD_HASH, scrypt). Both are compared in constant time; neither is ever logged or shown.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

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

function passwordMatches(candidate: string, stored: string): boolean {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [n, r, p] = parts.slice(1, 4).map(Number)
  const salt = Buffer.from(parts[4]!, 'base64')
  const expected = Buffer.from(parts[5]!, 'base64')
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return false
  const key = scryptSync(candidate.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 })
  return timingSafeEqual(key, expected)
}

export function signInConfigured(c: AdminCredentials): boolean {
  return Boolean(c.token || c.passwordHash)
}

/** The actor the secret signs in as, or null. Both checks always run, so timing tells nothing. */
export function checkAdminSecret(candidate: string, c: AdminCredentials): AdminActor | null {
  if (candidate.length === 0 || candidate.length > 1024) return null
  const tokenOk = c.token ? sameSecret(candidate, c.token) : false
  const passwordOk = c.passwordHash ? passwordMatches(candidate, c.passwordHash) : false
  if (tokenOk) return 'admin:token'
  if (passwordOk) return 'admin:password'
  return null
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
