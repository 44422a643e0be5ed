// desk-sla's webhook subscription in an org (DESK_API.md "Webhooks"): one hook carrying the four ticket
// events and the account and contact updates, pointing at `<publicUrl>/hooks/desk/<installationId>/<secret>`, with the installation id as
// `ignoreSourceId` so Desk does not echo desk-sla's own writes. Registering replaces whatever this
// installation registered before (the stored ids, and any hook whose URL or ignoreSourceId is this
// installation's, left over from an install that stopped half-way).
import type { DeskClient } from '../desk/client.js'
import { DeskError } from '../desk/errors.js'
import type { Installation } from '../store/repos/installations.js'

export const WEBHOOK_NAME = 'desk-sla'

export function hookPathPrefix(installationId: string): string {
  return `/hooks/desk/${encodeURIComponent(installationId)}/`
}

export function webhookUrl(publicUrl: string, installationId: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${hookPathPrefix(installationId)}${encodeURIComponent(secret)}`
}

/**
 * The subscriptions object, each ticket event filtered to the departments when there are any.
 * Account_Update and Contact_Update (zoho/zohodesk-oas v1.0/Webhook.json lists both, with
 * `includePrevState` as their only filter) keep the cached accounts and contacts current, so a
 * ticket event costs no account read and a partner's tier change reaches its open tickets (issue 15).
 */
export function webhookSubscriptions(departmentIds: readonly string[]): Record<string, Record<string, unknown> | null> {
  const dept = departmentIds.length > 0 ? { departmentIds: [...departmentIds] } : null
  return {
    Ticket_Add: dept,
    Ticket_Update: { ...dept, includePrevState: true },
    Ticket_Thread_Add: dept,
    Ticket_Comment_Add: dept,
    Account_Update: { includePrevState: true },
    Contact_Update: { includePrevState: true },
  }
}

export type WebhookOutcome =
  /** `ignoreSourceIdRefused`: Desk refused the ignoreSourceId and the hook was registered without it */
  | { status: 'registered'; ids: string[]; ignoreSourceIdRefused?: boolean; message?: string }
  /** the edition has no webhooks: the incremental sync (search poll) covers the org */
  | { status: 'unavailable'; ids: []; message: string }
  | { status: 'failed'; ids: []; message: string; code: string }

function isNotFound(err: unknown): boolean {
  return err instanceof DeskError && err.code === 'DESK_NOT_FOUND'
}

export interface RemovedHooks {
  deleted: string[]
  /** ids Desk no longer had (404) */
  alreadyGone: string[]
}

/** deletes the installation's hooks: the stored ids (404 tolerated) and any other hook naming it */
export async function removeWebhooks(desk: DeskClient, inst: Pick<Installation, 'id' | 'webhookIds'>, o: { listOrphans?: boolean } = {}): Promise<RemovedHooks> {
  const ids = new Set(inst.webhookIds)
  if (o.listOrphans ?? true) {
    try {
      const prefix = hookPathPrefix(inst.id)
      for (const h of await desk.listWebhooks()) {
        if (h.ignoreSourceId === inst.id || h.url.includes(prefix)) ids.add(h.id)
      }
    } catch (err) {
      // an edition without webhooks refuses the listing too; the stored ids are still tried
      if (!(err instanceof DeskError) || !['DESK_FORBIDDEN', 'DESK_NOT_FOUND'].includes(err.code)) throw err
    }
  }
  const out: RemovedHooks = { deleted: [], alreadyGone: [] }
  for (const id of ids) {
    try {
      await desk.deleteWebhook(id)
      out.deleted.push(id)
    } catch (err) {
      if (!isNotFound(err)) throw err
      out.alreadyGone.push(id)
    }
  }
  return out
}

/**
 * Desk refused the hook's ignoreSourceId: a 400/422 INVALID_DATA whose errors (or message) name it.
 * Webhook.json allows a UUID there; one report says Desk refused a v4 UUID all the same.
 */
export function refusesIgnoreSourceId(err: unknown): boolean {
  if (!(err instanceof DeskError) || err.code !== 'DESK_INVALID_REQUEST' || err.details.deskErrorCode !== 'INVALID_DATA') return false
  const errors = Array.isArray(err.details.errors) ? (err.details.errors as Array<{ fieldName?: unknown }>) : []
  return errors.some((e) => typeof e.fieldName === 'string' && /ignoreSourceId/i.test(e.fieldName)) || /ignoreSourceId/i.test(String(err.details.deskMessage ?? ''))
}

export const IGNORE_SOURCE_REFUSED_MESSAGE =
  'Desk refused the ignoreSourceId (INVALID_DATA); the webhook is registered without it, so Desk echoes desk-sla\'s own writes back and the loop rules drop them (DESK_API.md "Loop prevention")'

export async function registerWebhook(
  desk: DeskClient,
  inst: Pick<Installation, 'id' | 'departmentIds'>,
  o: { publicUrl: string; secret: string },
): Promise<WebhookOutcome> {
  const body = {
    name: WEBHOOK_NAME,
    url: webhookUrl(o.publicUrl, inst.id, o.secret),
    description: `desk-sla installation ${inst.id}`,
    subscriptions: webhookSubscriptions(inst.departmentIds) as never,
    ignoreSourceId: inst.id,
    isEnabled: true,
  }
  try {
    try {
      const hook = await desk.createWebhook(body)
      return { status: 'registered', ids: [hook.id] }
    } catch (err) {
      if (!refusesIgnoreSourceId(err)) throw err
      const { ignoreSourceId: _refused, ...without } = body
      const hook = await desk.createWebhook(without)
      return { status: 'registered', ids: [hook.id], ignoreSourceIdRefused: true, message: IGNORE_SOURCE_REFUSED_MESSAGE }
    }
  } catch (err) {
    if (!(err instanceof DeskError)) throw err
    const deskCode = String(err.details.deskErrorCode ?? '')
    if (err.code === 'DESK_FORBIDDEN' && (deskCode === 'LICENSE_ACCESS_LIMITED' || deskCode === 'FORBIDDEN' || deskCode === '')) {
      return {
        status: 'unavailable',
        ids: [],
        message: `Desk refused webhooks (${deskCode || '403'}: they need the Professional or Enterprise edition); the incremental sync's search poll picks up ticket changes instead`,
      }
    }
    const urlRefused = Array.isArray(err.details.errors) && (err.details.errors as Array<{ fieldName?: string }>).some((e) => e.fieldName === '/url')
    return {
      status: 'failed',
      ids: [],
      code: err.code,
      message: urlRefused
        ? `Desk could not reach ${o.publicUrl} (its check of the hook URL did not get 200): make the service reachable at that public URL and run the install again; until then the search poll covers the org`
        : `registering the webhook failed (${err.message}) [${err.code}]; run the install again; until then the search poll covers the org`,
    }
  }
}
