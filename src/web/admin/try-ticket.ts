// The policy page's "try a ticket" form: a few fields an admin types in become the engine's
// input (the Desk field names come from the policy's deskFields), and the engine's answer is
// shown field by field with its reasons. Pure apart from the policy given.
import { z } from 'zod'
import { computeSla, type SlaResult } from '../../engine/compute.js'
import { isEngineError, type EngineErrorCode } from '../../engine/errors.js'
import type { AdminErrorCode } from './errors.js'
import type { Policy } from '../../engine/policy.js'

const text = (max: number) => z.string().max(max).optional().transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))

export const TryTicketForm = z
  .object({
    subject: text(500),
    description: text(20_000),
    severity: z.enum(['', '1', '2', '3']).optional(),
    ticketType: text(200),
    country: text(100),
    state: text(100),
    tier: text(40),
    score: text(10).refine((v) => v === undefined || /^\d{1,4}(\.\d+)?$/.test(v), 'a score is a number from 0 to 1000'),
    licenses: text(10).refine((v) => v === undefined || /^\d{1,9}$/.test(v), 'licenses is a whole number'),
    statusType: z.enum(['', 'Open', 'On Hold', 'Closed']).optional(),
    createdTime: text(40),
    now: text(40),
  })
  .strip()
export type TryTicketForm = z.infer<typeof TryTicketForm>

export type TryOutcome =
  | { ok: true; form: TryTicketForm; input: Record<string, unknown>; result: SlaResult }
  | { ok: false; form: Partial<TryTicketForm>; error: { code: Extract<AdminErrorCode, 'ADMIN_BAD_FORM'> | EngineErrorCode; message: string } }

/** `datetime-local` values have no offset: read them as UTC, like the engine reads offset-less times */
function instant(v: string | undefined, fallback: number): string {
  if (v === undefined) return new Date(fallback).toISOString()
  return /T\d{2}:\d{2}$/.test(v) ? `${v}:00Z` : v
}

export function tryInput(policy: Policy, f: TryTicketForm, now: number): Record<string, unknown> {
  const fields = policy.deskFields
  const ticketCf: Record<string, unknown> = {}
  if (f.severity) ticketCf[fields.ticket.severity] = f.severity
  if (f.ticketType) ticketCf[fields.ticket.ticketType] = f.ticketType
  const account: Record<string, unknown> = { cf: {} as Record<string, unknown> }
  const put = (name: string, value: string | undefined) => {
    if (value === undefined) return
    if (name.startsWith('cf_')) (account.cf as Record<string, unknown>)[name] = value
    else account[name] = value
  }
  put(fields.account.country, f.country)
  put(fields.account.state, f.state)
  put(fields.account.partnerTier, f.tier)
  put(fields.account.partnerScore, f.score)
  put(fields.account.userLicenses, f.licenses)
  const at = instant(f.now, now)
  return {
    ticket: {
      id: 'try',
      subject: f.subject ?? '',
      description: f.description ?? '',
      createdTime: instant(f.createdTime, Date.parse(at)),
      statusType: f.statusType || 'Open',
      cf: ticketCf,
    },
    account,
    now: at,
  }
}

export function tryTicket(policy: Policy, raw: unknown, now: number): TryOutcome {
  const parsed = TryTicketForm.safeParse(raw)
  if (!parsed.success) {
    const i = parsed.error.issues[0]!
    return { ok: false, form: {}, error: { code: 'ADMIN_BAD_FORM', message: `${i.path.join('.')}: ${i.message}` } }
  }
  const input = tryInput(policy, parsed.data, now)
  try {
    return { ok: true, form: parsed.data, input, result: computeSla(policy, input, now) }
  } catch (err) {
    if (isEngineError(err)) return { ok: false, form: parsed.data, error: { code: err.code, message: err.message } }
    throw err
  }
}
