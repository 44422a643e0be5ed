// Partner value scores (DOMAIN.md §7), one per account, year and region ('global' for the home region).
import type { Db } from '../db.js'
import { StoreError } from '../errors.js'
import { isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export type PartnerTier = 'Authorized' | 'Advanced' | 'Premium'

export interface PartnerScoreInput {
  installationId: string
  accountId: string
  year: number
  region?: string
  score: number
  tier: PartnerTier
  breakdown: Record<string, unknown>
  computedAt?: Instant
}

export interface PartnerScore {
  installationId: string
  accountId: string
  year: number
  region: string
  score: number
  tier: PartnerTier
  breakdown: Record<string, unknown>
  computedAt: string
}

interface PartnerScoreRow {
  installation_id: string
  account_id: string
  year: number
  region: string
  score: number
  tier: PartnerTier
  breakdown: Record<string, unknown>
  computed_at: Date
}

function toScore(r: PartnerScoreRow): PartnerScore {
  return {
    installationId: r.installation_id,
    accountId: r.account_id,
    year: r.year,
    region: r.region,
    score: r.score,
    tier: r.tier,
    breakdown: r.breakdown,
    computedAt: isoOfRequired(r.computed_at),
  }
}

export function upsertPartnerScoreSql(s: PartnerScoreInput, computedAt: string): Sql {
  return {
    text: `INSERT INTO partner_scores (installation_id, account_id, year, region, score, tier, breakdown, computed_at)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
ON CONFLICT (installation_id, account_id, year, region)
DO UPDATE SET score = EXCLUDED.score, tier = EXCLUDED.tier, breakdown = EXCLUDED.breakdown, computed_at = EXCLUDED.computed_at
RETURNING *`,
    values: [s.installationId, s.accountId, s.year, s.region ?? 'global', s.score, s.tier, json(s.breakdown), computedAt],
  }
}

export function selectPartnerScoreSql(installationId: string, accountId: string, year: number, region: string): Sql {
  return {
    text: 'SELECT * FROM partner_scores WHERE installation_id = $1 AND account_id = $2 AND year = $3 AND region = $4',
    values: [installationId, accountId, year, region],
  }
}

export function listPartnerScoresSql(installationId: string, year: number): Sql {
  return {
    text: 'SELECT * FROM partner_scores WHERE installation_id = $1 AND year = $2 ORDER BY account_id, region',
    values: [installationId, year],
  }
}

export async function upsertPartnerScore(db: Db, score: PartnerScoreInput): Promise<PartnerScore> {
  if (!Number.isFinite(score.score) || score.score < 0 || score.score > 1000) {
    throw new StoreError('STORE_BAD_INPUT', `a partner score is 0–1000, not ${score.score}`, { score: score.score })
  }
  const { rows } = await run<PartnerScoreRow>(db, upsertPartnerScoreSql(score, toIso(score.computedAt ?? new Date())))
  return toScore(rows[0])
}

export async function getPartnerScore(db: Db, installationId: string, accountId: string, year: number, region = 'global'): Promise<PartnerScore | null> {
  const { rows } = await run<PartnerScoreRow>(db, selectPartnerScoreSql(installationId, accountId, year, region))
  return rows[0] ? toScore(rows[0]) : null
}

export async function listPartnerScores(db: Db, installationId: string, year: number): Promise<PartnerScore[]> {
  const { rows } = await run<PartnerScoreRow>(db, listPartnerScoresSql(installationId, year))
  return rows.map(toScore)
}
