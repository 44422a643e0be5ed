// Partners (issue #7): each partner account's stored yearly score, tier, breakdown per parameter
// and the points its next tier needs (from the policy's tier thresholds, as scorePartner counts).
import { SCORE_PARAMETERS, tierOf, type PartnerTier, type ScoreParameter } from '../../engine/score.js'
import type { ServiceContext } from '../../pipeline/context.js'
import type { Installation } from '../../store/repos/installations.js'
import { listPartnerScores } from '../../store/repos/partner-scores.js'
import { partnerYears } from './queries.js'

export interface PartnerRow {
  installationId: string
  installationName: string
  accountId: string
  region: string
  year: number
  score: number
  tier: PartnerTier
  breakdown: Partial<Record<ScoreParameter, number>>
  nextTier: { tier: PartnerTier; pointsNeeded: number } | null
  computedAt: string
}

/** the tier thresholds of one policy, and the installations that score with it */
export interface TierThresholds {
  advancedAbove: number
  premiumAbove: number
  installations: string[]
}

export interface PartnersReport {
  years: number[]
  year: number | null
  parameters: readonly ScoreParameter[]
  /** one entry per distinct pair of thresholds (installations may override the policy's) */
  thresholds: TierThresholds[]
  rows: PartnerRow[]
}

/** the installations grouped by the tier thresholds their policies give */
export function tierThresholds(installations: { name: string; tiers: { advancedAbove: number; premiumAbove: number } }[]): TierThresholds[] {
  const groups = new Map<string, TierThresholds>()
  for (const i of installations) {
    const key = `${i.tiers.advancedAbove}/${i.tiers.premiumAbove}`
    const group = groups.get(key) ?? { advancedAbove: i.tiers.advancedAbove, premiumAbove: i.tiers.premiumAbove, installations: [] }
    group.installations.push(i.name)
    groups.set(key, group)
  }
  return [...groups.values()]
}

export function nextTierOf(policy: { tiers: { advancedAbove: number; premiumAbove: number } }, score: number): PartnerRow['nextTier'] {
  const tier = tierOf(policy as Parameters<typeof tierOf>[0], score)
  if (tier === 'Premium') return null
  const next: PartnerTier = tier === 'Authorized' ? 'Advanced' : 'Premium'
  const target = (next === 'Advanced' ? policy.tiers.advancedAbove : policy.tiers.premiumAbove) + 1
  return { tier: next, pointsNeeded: Math.round((target - score) * 100) / 100 }
}

export async function partnersReport(ctx: ServiceContext, installations: Installation[], requestedYear: number | null): Promise<PartnersReport> {
  const years = await partnerYears(ctx.db, installations.map((i) => i.id))
  const year = requestedYear ?? years[0] ?? null
  const rows: PartnerRow[] = []
  if (year !== null) {
    for (const inst of installations) {
      const policy = ctx.policyFor(inst).partnerScore
      for (const s of await listPartnerScores(ctx.db, inst.id, year)) {
        const breakdown: Partial<Record<ScoreParameter, number>> = {}
        for (const p of SCORE_PARAMETERS) {
          const v = s.breakdown[p]
          if (typeof v === 'number' && Number.isFinite(v)) breakdown[p] = v
        }
        rows.push({
          installationId: inst.id,
          installationName: inst.name || inst.orgId,
          accountId: s.accountId,
          region: s.region,
          year: s.year,
          score: s.score,
          tier: s.tier,
          breakdown,
          nextTier: nextTierOf(policy, s.score),
          computedAt: s.computedAt,
        })
      }
    }
  }
  rows.sort((a, b) => b.score - a.score || a.accountId.localeCompare(b.accountId))
  const thresholds = tierThresholds(installations.map((i) => ({ name: i.name || i.orgId, tiers: ctx.policyFor(i).partnerScore.tiers })))
  return { years, year, parameters: SCORE_PARAMETERS, thresholds, rows }
}
