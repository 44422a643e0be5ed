// What each Desk call is for, and the gate that may hold it back (issue 15). Every call desk-sla
// makes is charged to a kind of work; the pipeline names the kind around the work it starts
// (`withCreditKind('sync', …)`), the client reads it when it calls. The gate (the credit governor,
// src/pipeline/governor.ts) decides before each call whether the day's credits allow it, and learns
// from each answer what Desk charged (X-Rate-Limit-Request-Weight-v3) and what is left
// (X-Rate-Limit-Remaining-v3).
import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * webhook: reads for a webhook event; write: ticket writes (PATCH, comments); sync: the incremental
 * sync's searches and the reads for what it found; backfill, recompute, retier: the bulk jobs;
 * other: installing, admin actions.
 */
export const CREDIT_KINDS = ['webhook', 'write', 'sync', 'backfill', 'recompute', 'retier', 'other'] as const
export type CreditKind = (typeof CREDIT_KINDS)[number]

const current = new AsyncLocalStorage<CreditKind>()

/** runs `fn` with its Desk calls charged to `kind` */
export function withCreditKind<T>(kind: CreditKind, fn: () => Promise<T>): Promise<T> {
  return current.run(kind, fn)
}

export function currentCreditKind(): CreditKind {
  return current.getStore() ?? 'other'
}

/**
 * What a call is expected to cost before Desk says (DESK_API.md, unverified): a page of a list or a
 * search 3 credits, anything naming one record 1. Desk's weight header corrects it after the answer.
 */
export function estimateCredits(method: string, path: string): number {
  if (method.toUpperCase() !== 'GET') return 1
  const p = path.replace(/[?#].*$/, '').replace(/\/+$/, '')
  if (/\/tickets\/search$/.test(p)) return 3
  if (/^\/?[A-Za-z]+$/.test(p)) return 3
  if (/\/tickets\/[^/]+\/(threads|comments|History)$/.test(p)) return 3
  return 1
}

export interface CreditCall {
  installationId: string
  kind: CreditKind
  /** estimated weight */
  weight: number
  method: string
  path: string
}

/** what Desk answered, as far as credits go */
export interface CreditAnswer {
  /** X-Rate-Limit-Request-Weight-v3, when sent */
  weight: number | null
  /** X-Rate-Limit-Remaining-v3, when sent */
  remaining: number | null
  /** the call never got an answer (network error, timeout): it may or may not have been charged */
  noAnswer?: boolean
  /** Desk answered 429 THRESHOLD_EXCEEDED: no call before this instant (ms) */
  exhaustedUntil?: number
}

/** Decides before each call whether the day's credits allow it; throws DESK_CREDITS_DEFERRED when not. */
export interface CreditGate {
  admit(call: CreditCall): Promise<CreditGrant>
  settle(grant: CreditGrant, answer: CreditAnswer): Promise<void>
}

export interface CreditGrant {
  call: CreditCall
  /** the UTC day the call was charged to (YYYY-MM-DD) */
  day: string
}
