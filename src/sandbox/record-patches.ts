import { invalidBody, type FieldError } from './errors.js'
import { cfString, type Account, type Cf, type Contact } from './model.js'
import type { SandboxState } from './state.js'

// PATCH bodies for accounts and contacts (unverified endpoints: DESK_API.md lists only their GETs),
// modelled on PATCH /tickets/{id}: only sent keys change, unknown keys and unknown `cf_` keys are
// refused with 422 in Desk's error shape, and modifiedTime moves only when something changed.

const ACCOUNT_TEXT = ['country', 'state', 'city', 'website', 'industry', 'phone'] as const
export type AccountPatch = Partial<Pick<Account, 'accountName' | (typeof ACCOUNT_TEXT)[number]>> & { cf?: Cf }

const CONTACT_TEXT = ['firstName', 'email', 'phone', 'country', 'state', 'city'] as const
export type ContactPatch = Partial<Pick<Contact, 'lastName' | 'accountId' | (typeof CONTACT_TEXT)[number]>> & { cf?: Cf }

function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody([{ fieldName: '/', errorType: 'invalid' }], 'The request body must be a JSON object.')
  }
  return body as Record<string, unknown>
}

function parseCf(value: unknown, known: ReadonlySet<string>, errors: FieldError[]): Cf | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const cf: Cf = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!known.has(k)) errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
    else if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cf[k] = cfString(v)
    else errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
  }
  return cf
}

export function parseAccountPatch(state: SandboxState, body: unknown): AccountPatch {
  const errors: FieldError[] = []
  const out: AccountPatch = {}
  for (const [key, value] of Object.entries(requireObject(body))) {
    const bad = (): void => { errors.push({ fieldName: `/${key}`, errorType: 'invalid' }) }
    if (key === 'accountName') {
      if (typeof value === 'string' && value.trim() !== '') out.accountName = value
      else bad()
    } else if ((ACCOUNT_TEXT as readonly string[]).includes(key)) {
      if (value === null || typeof value === 'string') out[key as (typeof ACCOUNT_TEXT)[number]] = value
      else bad()
    } else if (key === 'cf') {
      const cf = parseCf(value, new Set(state.config.accountFields.map((f) => f.apiName)), errors)
      if (cf) out.cf = cf
      else bad()
    } else bad()
  }
  if (errors.length > 0) throw invalidBody(errors)
  return out
}

export function parseContactPatch(state: SandboxState, body: unknown): ContactPatch {
  const errors: FieldError[] = []
  const out: ContactPatch = {}
  for (const [key, value] of Object.entries(requireObject(body))) {
    const bad = (): void => { errors.push({ fieldName: `/${key}`, errorType: 'invalid' }) }
    if (key === 'lastName') {
      if (typeof value === 'string' && value.trim() !== '') out.lastName = value
      else bad()
    } else if (key === 'accountId') {
      if (value === null || (typeof value === 'string' && state.accounts.has(value))) out.accountId = value
      else bad()
    } else if ((CONTACT_TEXT as readonly string[]).includes(key)) {
      if (value === null || typeof value === 'string') out[key as (typeof CONTACT_TEXT)[number]] = value
      else bad()
    } else if (key === 'cf') {
      // the sandbox portal defines no contact custom fields: any cf key is unknown
      const cf = parseCf(value, new Set(), errors)
      if (cf) out.cf = cf
      else bad()
    } else bad()
  }
  if (errors.length > 0) throw invalidBody(errors)
  return out
}

/** Applies a parsed patch to an account or contact; true when anything changed (modifiedTime moved). */
export function applyRecordPatch<R extends { cf: Cf; modifiedTime: string }>(record: R, patch: Partial<R> & { cf?: Cf }, now: string): boolean {
  let changed = false
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'cf') continue
    if ((record as Record<string, unknown>)[key] !== value) {
      ;(record as Record<string, unknown>)[key] = value
      changed = true
    }
  }
  for (const [key, value] of Object.entries(patch.cf ?? {})) {
    if ((record.cf[key] ?? null) !== value) {
      record.cf[key] = value
      changed = true
    }
  }
  if (changed) record.modifiedTime = now
  return changed
}
