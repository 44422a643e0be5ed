// What the engine is given about a ticket: the zod schemas of `desk-sla compute`'s input, which
// are also what the pipeline assembles from Desk. Times are ISO-8601 strings (or epoch ms).
import { z } from 'zod'
import { DateTime } from 'luxon'
import { daysFromCivil, daysInMonth } from './calendar-spec.js'
import { trimmed } from './text.js'

/** An instant: ISO-8601 with or without offset (none = UTC), or epoch milliseconds. Parsed to epoch ms. */
export const Instant = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseInstant(value)
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `not a valid date-time: ${JSON.stringify(value)}` })
    return z.NEVER
  }
  return ms
})

// The shape Desk and our own output use: 2026-03-09T10:15:23.000Z or …+05:30. Read digit by
// digit (every ticket carries several instants): undefined when the text has another shape
// (luxon decides then), null when it has this shape but names no real date.
function parseCommonIso(text: string): number | null | undefined {
  const n = text.length
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined
  const year = two(text, 0) * 100 + two(text, 2), month = two(text, 5), day = two(text, 8)
  const hour = two(text, 11), minute = two(text, 14)
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined
  let i = 16
  let second = 0
  let ms = 0
  if (text.charCodeAt(i) === 58) {
    second = two(text, i + 1)
    if (second < 0) return undefined
    i += 3
    if (text.charCodeAt(i) === 46) {
      let k = i + 1
      let scale = 100
      while (k < n && k - i <= 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) {
        ms += (text.charCodeAt(k) - 48) * scale
        scale /= 10
        k++
      }
      if (k === i + 1) return undefined
      i = k
    }
  }
  let offset = 0
  const sign = text.charCodeAt(i)
  if (sign === 90 /* Z */ && i + 1 === n) {
    // UTC
  } else if ((sign === 43 || sign === 45) && (i + 6 === n || i + 5 === n)) {
    const oh = two(text, i + 1)
    const colon = i + 6 === n
    if (colon && text.charCodeAt(i + 3) !== 58) return undefined
    const om = two(text, colon ? i + 4 : i + 3)
    if (oh < 0 || om < 0) return undefined
    if (oh > 23 || om > 59) return undefined
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000
  } else return undefined
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return undefined // 24:00 and leap seconds: luxon's call
  return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset
}

/** The number written with two ASCII digits at `from`; negative (below -99) when either is not a digit. */
function two(text: string, from: number): number {
  const a = text.charCodeAt(from) - 48
  const b = text.charCodeAt(from + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -10_000
}


export function parseInstant(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  const text = trimmed(value)
  const fast = parseCommonIso(text) // never a string of digits only: they have no "-"
  if (fast !== undefined) return fast
  if (/^\d{12,14}$/.test(text)) return Number(text) // epoch ms as a string (Desk webhooks)
  const dt = DateTime.fromISO(text, { zone: 'utc', setZone: true })
  if (!dt.isValid) return null
  // A date without a time is refused: SLA clocks need an instant.
  if (!/T|\s\d/.test(text)) return null
  return dt.toMillis()
}

const StatusType = z.string().transform((s, ctx) => {
  const status = statusTypeOf(s)
  if (status !== null) return status
  ctx.addIssue({ code: 'custom', message: `statusType must be Open, On Hold or Closed, not ${JSON.stringify(s)}` })
  return z.NEVER
})

/** Open, On Hold or Closed however Desk spells it ("ON_HOLD", "on-hold"…); null otherwise. */
function statusTypeOf(s: string): StatusType | null {
  if (s === 'Open' || s === 'On Hold' || s === 'Closed') return s
  const key = s.toLowerCase().replace(/[\s_-]+/g, '')
  if (key === 'open') return 'Open'
  if (key === 'onhold') return 'On Hold'
  if (key === 'closed') return 'Closed'
  return null
}
export type StatusType = 'Open' | 'On Hold' | 'Closed'

const Cf = z.record(z.string(), z.unknown()).nullish()

export const TicketInput = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  subject: z.string().nullish(),
  description: z.string().nullish(),
  createdTime: Instant,
  statusType: StatusType.nullish(),
  onholdTime: Instant.nullish(),
  closedTime: Instant.nullish(),
  cf: Cf,
})

export const PartyInput = z.looseObject({
  country: z.string().nullish(),
  state: z.string().nullish(),
  cf: Cf,
})

export const ThreadInput = z.looseObject({
  direction: z.enum(['in', 'out']),
  createdTime: Instant,
  visibility: z.string().nullish(),
  status: z.string().nullish(),
  isDescriptionThread: z.boolean().nullish(),
})

export const StatusIntervalInput = z.looseObject({
  statusType: StatusType,
  from: Instant,
  to: Instant.nullish(),
})

export const ComputeInput = z.looseObject({
  ticket: TicketInput,
  account: PartyInput.nullish(),
  contact: PartyInput.nullish(),
  threads: z.array(ThreadInput).nullish(),
  statusHistory: z.array(StatusIntervalInput).nullish(),
  now: Instant.nullish(),
})

export type ComputeInput = z.infer<typeof ComputeInput>
export type ComputeInputRaw = z.input<typeof ComputeInput>
export type TicketInput = z.infer<typeof TicketInput>
export type PartyInput = z.infer<typeof PartyInput>
export type ThreadInput = z.infer<typeof ThreadInput>
export type StatusIntervalInput = z.infer<typeof StatusIntervalInput>

/** A field of a Desk record by its configured API name: `cf_…` names live in `cf`. */
export function readField(record: { cf?: Record<string, unknown> | null } | null | undefined, name: string): unknown {
  if (!record) return undefined
  if (name.charCodeAt(0) === 99 && name.charCodeAt(1) === 102 && name.charCodeAt(2) === 95 /* cf_ */) {
    const v = record.cf?.[name]
    return v === undefined ? (record as Record<string, unknown>)[name] : v
  }
  return (record as Record<string, unknown>)[name]
}

/** A Desk field value as text, or null when empty. */
export function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const s = trimmed(typeof value === 'string' ? value : String(value))
  return s === '' ? null : s
}

// ---------------------------------------------------------------------------------------------
// The fast path: the same schema, checked by hand for inputs of the ordinary shape (plain
// objects, the documented types). It gives exactly what ComputeInput.parse gives (a property
// test holds it to that) or undefined, and then zod decides, with its error messages.
// ---------------------------------------------------------------------------------------------

type Raw = Record<string, unknown>

function isPlainObject(v: unknown): v is Raw {
  if (typeof v !== 'object' || v === null) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

const isNullish = (v: unknown): v is null | undefined => v === null || v === undefined

/** An Instant as zod reads it, or undefined when zod must decide. */
function instantOf(v: unknown): number | undefined {
  if (typeof v !== 'string' && (typeof v !== 'number' || !Number.isFinite(v))) return undefined
  return parseInstant(v) ?? undefined
}

/** A copy of a plain object with `key` replaced by its Instant (nullish kept); false when zod must decide. */
function setInstant(out: Raw, key: string, required: boolean): boolean {
  const v = out[key]
  if (isNullish(v)) return !required
  const ms = instantOf(v)
  if (ms === undefined) return false
  out[key] = ms
  return true
}

function optionalString(v: unknown): boolean {
  return isNullish(v) || typeof v === 'string'
}

// Parts that need no transform (custom fields, accounts, contacts) are checked and shared with
// the input rather than copied: zod would copy them, equal but not the same objects; nothing in
// the engine writes to its input.
function cfValid(cf: unknown): boolean {
  return isNullish(cf) || isPlainObject(cf)
}

function fastParty(v: unknown): Raw | null | undefined | false {
  if (isNullish(v)) return v
  if (!isPlainObject(v)) return false
  return optionalString(v.country) && optionalString(v.state) && cfValid(v.cf) ? v : false
}

function fastTicket(v: unknown): Raw | false {
  if (!isPlainObject(v)) return false
  const out = { ...v }
  const id = out.id
  if (!(isNullish(id) || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) return false
  if (!optionalString(out.subject) || !optionalString(out.description)) return false
  if (!setInstant(out, 'createdTime', true) || !setInstant(out, 'onholdTime', false) || !setInstant(out, 'closedTime', false)) return false
  const status = out.statusType
  if (!isNullish(status)) {
    const st = typeof status === 'string' ? statusTypeOf(status) : null
    if (st === null) return false
    out.statusType = st
  }
  return cfValid(out.cf) ? out : false
}

function fastList(v: unknown, item: (x: unknown) => Raw | false): Raw[] | null | undefined | false {
  if (isNullish(v)) return v
  if (!Array.isArray(v)) return false
  const out: Raw[] = new Array(v.length)
  for (let i = 0; i < v.length; i++) {
    const x = item(v[i])
    if (x === false) return false
    out[i] = x
  }
  return out
}

function fastThread(v: unknown): Raw | false {
  if (!isPlainObject(v)) return false
  const out = { ...v }
  if (out.direction !== 'in' && out.direction !== 'out') return false
  if (!setInstant(out, 'createdTime', true) || !optionalString(out.visibility) || !optionalString(out.status)) return false
  const d = out.isDescriptionThread
  return isNullish(d) || typeof d === 'boolean' ? out : false
}

function fastInterval(v: unknown): Raw | false {
  if (!isPlainObject(v)) return false
  const out = { ...v }
  const st = typeof out.statusType === 'string' ? statusTypeOf(out.statusType) : null
  if (st === null) return false
  out.statusType = st
  return setInstant(out, 'from', true) && setInstant(out, 'to', false) ? out : false
}

/** ComputeInput.parse(raw) for inputs of the ordinary shape; undefined when zod must decide. */
export function fastComputeInput(raw: unknown): ComputeInput | undefined {
  if (!isPlainObject(raw)) return undefined
  const out: Raw = { ...raw }
  const ticket = fastTicket(raw.ticket)
  if (ticket === false) return undefined
  out.ticket = ticket
  // the account and contact are shared, not copied (see fastParty): the copy above holds them
  if (fastParty(raw.account) === false || fastParty(raw.contact) === false) return undefined
  if ('threads' in raw) {
    const threads = fastList(raw.threads, fastThread)
    if (threads === false) return undefined
    out.threads = threads
  }
  if ('statusHistory' in raw) {
    const history = fastList(raw.statusHistory, fastInterval)
    if (history === false) return undefined
    out.statusHistory = history
  }
  if (!setInstant(out, 'now', false)) return undefined
  return out as ComputeInput
}
