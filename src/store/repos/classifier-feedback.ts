// What agents did with the severities and ticket types desk-sla wrote (issue 14): one row per value
// written to a ticket's field, with the engine's evidence; an agent's change by hand marks it
// overridden with the agent's value. At most one row per ticket and field waits for a verdict
// (a partial unique index), so processing the same change twice records it once.
import type { Db } from '../db.js'
import { isoOf, isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export type ClassifiedField = 'severity' | 'type'

/** A value the service wrote, with what the engine based it on. */
export interface ClassificationRecord {
  installationId: string
  ticketId: string
  ticketNumber: string | null
  subject: string
  description: string
  webUrl: string | null
  field: ClassifiedField
  engineValue: string
  source: string
  rule: string
  concept: string | null
  words: string[]
  language: string | null
  team: string
  /** the engine's whole evidence (both fields), as the pipeline's adapter gives it */
  evidence: Record<string, unknown>
  at: Instant
}

export interface FeedbackRow extends Omit<ClassificationRecord, 'at'> {
  id: number
  writtenAt: string
  humanValue: string | null
  overriddenAt: string | null
}

interface Row {
  id: number | string
  installation_id: string
  ticket_id: string
  ticket_number: string | null
  subject: string
  description: string
  web_url: string | null
  field: ClassifiedField
  engine_value: string
  source: string
  rule: string
  concept: string | null
  words: string[]
  language: string | null
  team: string
  evidence: Record<string, unknown>
  written_at: Date
  human_value: string | null
  overridden_at: Date | null
}

function toFeedback(r: Row): FeedbackRow {
  return {
    id: Number(r.id),
    installationId: r.installation_id,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_number,
    subject: r.subject,
    description: r.description,
    webUrl: r.web_url,
    field: r.field,
    engineValue: r.engine_value,
    source: r.source,
    rule: r.rule,
    concept: r.concept,
    words: r.words,
    language: r.language,
    team: r.team,
    evidence: r.evidence,
    writtenAt: isoOfRequired(r.written_at),
    humanValue: r.human_value,
    overriddenAt: isoOf(r.overridden_at),
  }
}

const COLUMNS = `installation_id, ticket_id, ticket_number, subject, description, web_url, field, engine_value, source, rule, concept, words, language, team, evidence, written_at`

function recordValues(r: ClassificationRecord, at: string): unknown[] {
  return [
    r.installationId, r.ticketId, r.ticketNumber, r.subject, r.description, r.webUrl, r.field, r.engineValue, r.source, r.rule, r.concept,
    json(r.words), r.language, r.team, json(r.evidence), at,
  ]
}

const PLACEHOLDERS = `$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15::jsonb, $16`

/** the value waiting for a verdict takes the new answer; the ticket's number and address stay when not given */
export function recordClassificationSql(r: ClassificationRecord, at: string): Sql {
  return {
    text: `INSERT INTO classifier_feedback (${COLUMNS}) VALUES (${PLACEHOLDERS})
ON CONFLICT (installation_id, ticket_id, field) WHERE overridden_at IS NULL
DO UPDATE SET ticket_number = COALESCE(EXCLUDED.ticket_number, classifier_feedback.ticket_number),
  subject = EXCLUDED.subject, description = EXCLUDED.description,
  web_url = COALESCE(EXCLUDED.web_url, classifier_feedback.web_url),
  engine_value = EXCLUDED.engine_value, source = EXCLUDED.source, rule = EXCLUDED.rule, concept = EXCLUDED.concept,
  words = EXCLUDED.words, language = EXCLUDED.language, team = EXCLUDED.team, evidence = EXCLUDED.evidence,
  written_at = EXCLUDED.written_at`,
    values: recordValues(r, at),
  }
}

export function markOverriddenSql(installationId: string, ticketId: string, field: ClassifiedField, humanValue: string, at: string): Sql {
  return {
    text: `UPDATE classifier_feedback SET human_value = $4, overridden_at = $5
WHERE installation_id = $1 AND ticket_id = $2 AND field = $3 AND overridden_at IS NULL`,
    values: [installationId, ticketId, field, humanValue, at],
  }
}

export function latestFeedbackSql(installationId: string, ticketId: string, field: ClassifiedField): Sql {
  return {
    text: `SELECT * FROM classifier_feedback WHERE installation_id = $1 AND ticket_id = $2 AND field = $3 ORDER BY id DESC LIMIT 1`,
    values: [installationId, ticketId, field],
  }
}

export function relabelSql(id: number, humanValue: string): Sql {
  return { text: `UPDATE classifier_feedback SET human_value = $2 WHERE id = $1 AND overridden_at IS NOT NULL`, values: [id, humanValue] }
}

export function insertOverriddenSql(r: ClassificationRecord, writtenAt: string, humanValue: string, at: string): Sql {
  return {
    text: `INSERT INTO classifier_feedback (${COLUMNS}, human_value, overridden_at) VALUES (${PLACEHOLDERS}, $17, $18)`,
    values: [...recordValues(r, writtenAt), humanValue, at],
  }
}

/** Records (or updates, while no agent has judged it) the value the service wrote to a ticket's field. */
export async function recordClassification(db: Db, r: ClassificationRecord): Promise<void> {
  await run(db, recordClassificationSql(r, toIso(r.at)))
}

export interface OverrideInput {
  installationId: string
  ticketId: string
  field: ClassifiedField
  humanValue: string
  at: Instant
}

/**
 * An agent changed a value the service wrote: the value waiting for a verdict is marked overridden.
 * When it is already marked (the same change processed again) nothing happens, except that a later
 * value the agent chose replaces the earlier one. When the service wrote the value before anything
 * was recorded (an older version), `whatWasWritten` supplies the record.
 */
export async function recordOverride(
  db: Db,
  o: OverrideInput,
  whatWasWritten: () => ClassificationRecord,
): Promise<'recorded' | 'relabelled' | 'unchanged'> {
  const at = toIso(o.at)
  const marked = await run(db, markOverriddenSql(o.installationId, o.ticketId, o.field, o.humanValue, at))
  if ((marked.rowCount ?? 0) > 0) return 'recorded'
  const { rows } = await run<Row>(db, latestFeedbackSql(o.installationId, o.ticketId, o.field))
  const latest = rows[0]
  if (latest) {
    if (latest.human_value === o.humanValue) return 'unchanged'
    await run(db, relabelSql(Number(latest.id), o.humanValue))
    return 'relabelled'
  }
  const r = whatWasWritten()
  await run(db, insertOverriddenSql(r, toIso(r.at), o.humanValue, at))
  return 'recorded'
}

export async function feedbackOf(db: Db, installationId: string, ticketId: string): Promise<FeedbackRow[]> {
  const { rows } = await run<Row>(db, {
    text: 'SELECT * FROM classifier_feedback WHERE installation_id = $1 AND ticket_id = $2 ORDER BY id',
    values: [installationId, ticketId],
  })
  return rows.map(toFeedback)
}

// ---- reports ----

export interface FeedbackFilter {
  installationIds: string[]
  /** [from, to) on the time the service wrote the value */
  from: Instant
  to: Instant
  team?: string
  /** a language code, or "unknown" for values whose language the engine could not tell */
  language?: string
  field?: ClassifiedField
}

function where(f: FeedbackFilter): { text: string; values: unknown[] } {
  return {
    text: `installation_id = ANY($1::text[]) AND written_at >= $2 AND written_at < $3
  AND ($4::text IS NULL OR team = $4)
  AND ($5::text IS NULL OR COALESCE(language, 'unknown') = $5)
  AND ($6::text IS NULL OR field = $6)`,
    values: [f.installationIds, toIso(f.from), toIso(f.to), f.team ?? null, f.language ?? null, f.field ?? null],
  }
}

export type AgreementDimension = 'rule' | 'team' | 'language'

const GROUP_BY: Record<AgreementDimension, string> = {
  rule: `field, rule, COALESCE(concept, '')`,
  team: 'team',
  language: `COALESCE(language, 'unknown')`,
}

export interface AgreementCount {
  /** the group: "severity · Support severity 1" style parts, as stored */
  field: ClassifiedField | null
  key: string
  concept: string | null
  written: number
  overridden: number
}

export function agreementSql(f: FeedbackFilter, by: AgreementDimension): Sql {
  const w = where(f)
  const select =
    by === 'rule'
      ? `field, rule AS key, NULLIF(COALESCE(concept, ''), '') AS concept`
      : `NULL::text AS field, ${GROUP_BY[by]} AS key, NULL::text AS concept`
  return {
    text: `SELECT ${select}, count(*) AS written, count(overridden_at) AS overridden
FROM classifier_feedback WHERE ${w.text}
GROUP BY ${GROUP_BY[by]} ORDER BY count(*) DESC, 2`,
    values: w.values,
  }
}

export async function agreementCounts(db: Db, f: FeedbackFilter, by: AgreementDimension): Promise<AgreementCount[]> {
  const { rows } = await run<{ field: ClassifiedField | null; key: string; concept: string | null; written: string | number; overridden: string | number }>(
    db,
    agreementSql(f, by),
  )
  return rows.map((r) => ({ field: r.field, key: r.key, concept: r.concept, written: Number(r.written), overridden: Number(r.overridden) }))
}

/** the values agents changed, newest change first */
export function disagreementsSql(f: FeedbackFilter, limit: number): Sql {
  const w = where(f)
  return {
    text: `SELECT * FROM classifier_feedback WHERE ${w.text} AND overridden_at IS NOT NULL ORDER BY overridden_at DESC, id DESC LIMIT $7`,
    values: [...w.values, limit],
  }
}

export async function listDisagreements(db: Db, f: FeedbackFilter, limit = 500): Promise<FeedbackRow[]> {
  return (await run<Row>(db, disagreementsSql(f, limit))).rows.map(toFeedback)
}

export interface OverriddenTicketsFilter {
  installationIds: string[]
  /** [since, until) on the time the agent changed the value; null: no bound */
  since: Instant | null
  until: Instant | null
}

/**
 * For every ticket with a value an agent changed in the period: the latest row of each of its
 * fields (the agent's verdict on the severity and on the type), oldest change first.
 */
export function overriddenTicketsSql(f: OverriddenTicketsFilter): Sql {
  return {
    text: `WITH changed AS (
  SELECT installation_id, ticket_id, min(overridden_at) AS first_change FROM classifier_feedback
  WHERE installation_id = ANY($1::text[]) AND overridden_at IS NOT NULL
    AND ($2::timestamptz IS NULL OR overridden_at >= $2) AND ($3::timestamptz IS NULL OR overridden_at < $3)
  GROUP BY installation_id, ticket_id
), latest AS (
  SELECT DISTINCT ON (f.installation_id, f.ticket_id, f.field) f.*, c.first_change
  FROM classifier_feedback f JOIN changed c USING (installation_id, ticket_id)
  ORDER BY f.installation_id, f.ticket_id, f.field, f.id DESC
)
SELECT * FROM latest ORDER BY first_change, installation_id, ticket_id, field`,
    values: [f.installationIds, f.since === null ? null : toIso(f.since), f.until === null ? null : toIso(f.until)],
  }
}

/** rows of one ticket are adjacent; each ticket's severity row (if any) comes before its type row */
export async function overriddenTickets(db: Db, f: OverriddenTicketsFilter): Promise<FeedbackRow[][]> {
  const { rows } = await run<Row>(db, overriddenTicketsSql(f))
  const out: FeedbackRow[][] = []
  let key = ''
  for (const row of rows.map(toFeedback)) {
    const k = `${row.installationId}\u0000${row.ticketId}`
    if (k !== key) out.push([])
    key = k
    out[out.length - 1]!.push(row)
  }
  return out
}
