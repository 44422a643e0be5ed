// Account_Update and Contact_Update (issue 15; both are subscription keys of Zoho's Webhook.json,
// zoho/zohodesk-oas v1.0/Webhook.json, components.schemas.subscriptions, filter `includePrevState`):
// the new copy goes to the store's cache, and every open ticket of the account or contact is
// re-evaluated from its stored input with it, without a Desk call. A partner whose tier changes gets
// its due dates moved on every open ticket at once.
import type { DeskClient } from '../desk/client.js'
import type { Account, Contact } from '../desk/schemas.js'
import { isStoreError } from '../store/errors.js'
import { dependentTickets, putCachedRecord, type DeskRecordKind } from '../store/repos/desk-records.js'
import type { Installation } from '../store/repos/installations.js'
import { getTicketSla } from '../store/repos/ticket-sla.js'
import type { ServiceContext } from './context.js'
import { deskRecord, recordFromEvent } from './desk-records.js'
import { PipelineError } from './errors.js'
import { reevaluateTicket, type ProcessOutcome, type Trigger } from './processor.js'

/** the webhook events about accounts and contacts, and the record each names */
export const RECORD_EVENTS: Readonly<Record<string, DeskRecordKind>> = Object.freeze({ Account_Update: 'account', Contact_Update: 'contact' })

export interface RecordChangeOutcome {
  kind: DeskRecordKind
  recordId: string
  /** stale: the store already held a newer copy, nothing was re-evaluated */
  status: 'applied' | 'stale'
  tickets: ProcessOutcome[]
}

const PAGE = 200
const CONFLICT_RETRIES = 3

/** Stores the changed account or contact and re-evaluates the open tickets that depend on it. */
export async function applyRecordChange(ctx: ServiceContext, inst: Installation, kind: DeskRecordKind, payload: unknown, trigger: Trigger): Promise<RecordChangeOutcome> {
  let client: DeskClient | null = null
  const desk = async () => (client ??= await ctx.deskFor(inst))
  const id = typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : undefined
  if (typeof id !== 'string' || id === '') throw new PipelineError('PIPELINE_BAD_EVENT', `${trigger.eventType ?? kind} without the ${kind} id in payload.id`, { kind })
  // the payload is Desk's copy of the record; one that does not parse is read instead
  const record = recordFromEvent(kind, payload) ?? (kind === 'account' ? await (await desk()).getAccount(id) : await (await desk()).getContact(id))
  const kept = await putCachedRecord(ctx.db, inst.id, kind, id, record as Record<string, unknown>, ctx.now())
  if (!kept) return { kind, recordId: id, status: 'stale', tickets: [] }

  const tickets: ProcessOutcome[] = []
  for (let after: string | null = null; ; ) {
    const page = await dependentTickets(ctx.db, inst.id, kind, id, after, PAGE)
    for (const ticketId of page) tickets.push(await reevaluateWith(ctx, inst, desk, ticketId, kind, record, trigger))
    if (page.length < PAGE) break
    after = page[page.length - 1]!
  }
  return { kind, recordId: id, status: 'applied', tickets }
}

/** one dependent ticket, retried when the same ticket was saved in between (its own event being processed) */
async function reevaluateWith(
  ctx: ServiceContext,
  inst: Installation,
  desk: () => Promise<DeskClient>,
  ticketId: string,
  kind: DeskRecordKind,
  record: Account | Contact,
  trigger: Trigger,
): Promise<ProcessOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      const replace: { account?: Account; contact?: Contact } = kind === 'account' ? { account: record as Account } : { contact: record as Contact }
      // an account that lost its country hands the region to the contact, which the input may not hold yet
      if (kind === 'account' && !hasCountry(record)) {
        const state = (await getTicketSla(ctx.db, inst.id, ticketId))?.state as { contactId?: string | null; input?: { contact?: unknown } } | undefined
        if (state?.contactId && !state.input?.contact) replace.contact = (await deskRecord(ctx, inst, desk, 'contact', state.contactId)) ?? undefined
      }
      return await reevaluateTicket(ctx, inst, ticketId, trigger, replace)
    } catch (err) {
      if (attempt < CONFLICT_RETRIES && isStoreError(err) && err.code === 'STORE_VERSION_CONFLICT') continue
      throw err
    }
  }
}

function hasCountry(r: Account | Contact): boolean {
  return typeof r.country === 'string' && r.country.trim() !== ''
}
