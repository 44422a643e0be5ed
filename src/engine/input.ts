// What the engine is given about a ticket: the zod schemas of `desk-sla compute`'s input, which
// are also what the pipeline assembles from Desk. Times are ISO-8601 strings (or epoch ms).
import { z } from 'zod'
import { DateTime } from 'luxon'

/** An instant: ISO-8601 with or without offset (none = UTC), or epoch milliseconds. Parsed to epoch ms. */
export const Instant = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseInstant(value)
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `not a valid date-time: ${JSON.stringify(value)}` })
    return z.NEVER
  }
  return ms
})

// The shape Desk and our own output use: 2026-03-09T10:15:23.000Z or …+05:30. Parsed without luxon.
const COMMON_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/

function parseCommonIso(text: string): number | null | undefined {
  const m = COMMON_ISO.exec(text)
  if (m === null) return undefined // not this shape: let luxon decide
  const year = +m[1]!, month = +m[2]!, day = +m[3]!, hour = +m[4]!, minute = +m[5]!
  const second = m[6] === undefined ? 0 : +m[6]
  const ms = m[7] === undefined ? 0 : +m[7].padEnd(3, '0')
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  if (hour > 23 || minute > 59 || second > 59) return undefined // 24:00 and leap seconds: luxon's call
  let offset = 0
  if (m[8] === undefined) {
    const oh = +m[10]!, om = +m[11]!
    if (oh > 23 || om > 59) return undefined
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000
  }
  const utc = new Date(0)
  utc.setUTCFullYear(year, month - 1, day) // years 0–99 too, unlike Date.UTC
  utc.setUTCHours(hour, minute, second, ms)
  return utc.getTime() - offset
}

export function parseInstant(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  const text = value.trim()
  if (/^\d{12,14}$/.test(text)) return Number(text) // epoch ms as a string (Desk webhooks)
  const fast = parseCommonIso(text)
  if (fast !== undefined) return fast
  const dt = DateTime.fromISO(text, { zone: 'utc', setZone: true })
  if (!dt.isValid) return null
  // A date without a time is refused: SLA clocks need an instant.
  if (!/T|\s\d/.test(text)) return null
  return dt.toMillis()
}

const StatusType = z
  .string()
  .transform((s, ctx) => {
    const key = s.toLowerCase().replace(/[\s_-]+/g, '')
    if (key === 'open') return 'Open' as const
    if (key === 'onhold') return 'On Hold' as const
    if (key === 'closed') return 'Closed' as const
    ctx.addIssue({ code: 'custom', message: `statusType must be Open, On Hold or Closed, not ${JSON.stringify(s)}` })
    return z.NEVER
  })
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
  if (name.startsWith('cf_')) {
    const v = record.cf?.[name]
    return v === undefined ? (record as Record<string, unknown>)[name] : v
  }
  return (record as Record<string, unknown>)[name]
}

/** A Desk field value as text, or null when empty. */
export function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const s = String(value).trim()
  return s === '' ? null : s
}
