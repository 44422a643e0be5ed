import { computeSlaDetail, parseComputeInput, type SlaDetail, type SlaResult } from '../../src/engine/compute.js'
import type { Policy } from '../../src/engine/policy.js'
import { loadPolicy } from '../../src/policy/load.js'

let shipped: Policy | undefined

/** The shipped config/policy.yaml, loaded once per test run. */
export async function shippedPolicy(): Promise<Policy> {
  shipped ??= (await loadPolicy({ env: {} })).policy
  return shipped
}

export interface TicketCase {
  subject?: string
  description?: string
  createdTime: string
  statusType?: string
  cf?: Record<string, unknown>
  country?: string
  state?: string
  tier?: string
  score?: number
  licenses?: number
  contactCountry?: string
  threads?: { direction: 'in' | 'out'; createdTime: string }[]
  statusHistory?: { statusType: string; from: string; to?: string | null }[]
  now: string
}

/** Compute with the shipped policy from a compact description of a ticket. */
export async function sla(c: TicketCase): Promise<SlaResult> {
  return (await slaDetail(c)).result
}

/** The same, with everything the engine worked out (timeline, targets, escalation). */
export async function slaDetail(c: TicketCase): Promise<SlaDetail> {
  const accountCf: Record<string, unknown> = {}
  if (c.tier !== undefined) accountCf.cf_partner_tier = c.tier
  if (c.score !== undefined) accountCf.cf_partner_score = String(c.score)
  if (c.licenses !== undefined) accountCf.cf_user_licenses = String(c.licenses)
  return computeSlaDetail(
    await shippedPolicy(),
    parseComputeInput({
      ticket: {
        id: '20001000000123457',
        subject: c.subject ?? 'Question',
        description: c.description ?? '',
        createdTime: c.createdTime,
        statusType: c.statusType ?? 'Open',
        cf: c.cf ?? {},
      },
      account: { country: c.country ?? 'United Kingdom', state: c.state ?? null, cf: accountCf },
      contact: c.contactCountry ? { country: c.contactCountry } : undefined,
      threads: c.threads ?? [],
      statusHistory: c.statusHistory ?? [],
      now: c.now,
    }),
    Date.parse(c.now),
  )
}

/** A partner's phrasing: subject, text, severity, and the type and clock where the phrasing decides them. */
export type Phrasing = [subject: string, text: string, severity: 1 | 2 | 3, ticketType?: string, clock?: string]

/** The phrasings the shipped policy reads otherwise than they say, one line each ("subject | text → 1 Type 24x7"). */
export async function misread(phrasings: readonly Phrasing[]): Promise<string[]> {
  const wrong: string[] = []
  for (const [subject, description, severity, ticketType, clock] of phrasings) {
    const r = await sla({ subject, description, createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
    const ok = r.severity === severity && (!ticketType || r.ticketType === ticketType) && (!clock || r.clock === clock)
    if (!ok) wrong.push(`${subject} | ${description} → ${r.severity} ${r.ticketType} ${r.clock}`)
  }
  return wrong
}
