// The Classifier page (issue 14): how often agents leave the severity and ticket type desk-sla
// wrote as they are, by rule (or concept), team and language, over a period; and the tickets where
// they disagreed, with the words that matched, each linked to Desk.
import { z } from 'zod'
import type { ServiceContext } from '../../pipeline/context.js'
import {
  agreementCounts,
  listDisagreements,
  type AgreementCount,
  type ClassifiedField,
  type FeedbackFilter,
} from '../../store/repos/classifier-feedback.js'
import type { Installation } from '../../store/repos/installations.js'
import { ComplianceQueryError, parseCompliancePeriod, type CompliancePeriod } from './compliance.js'
import { safeWebUrl } from './desk-link.js'

/** the most disagreements one page lists (newest first) */
export const DISAGREEMENT_LIMIT = 500

export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'unknown', label: 'Not known' },
] as const

const ClassifierQuery = z
  .object({
    team: z.enum(['Support', 'Operations']).optional(),
    language: z.enum(['en', 'de', 'fr', 'unknown']).optional(),
    field: z.enum(['severity', 'type']).optional(),
  })
  .strip()

export interface ClassifierFilter extends CompliancePeriod {
  team?: 'Support' | 'Operations'
  language?: string
  field?: ClassifiedField
}

/** from/to are days (UTC, both inclusive; default the last 30 days), the rest narrows the values counted */
export function parseClassifierFilter(query: Record<string, unknown>, now: number): ClassifierFilter {
  const period = parseCompliancePeriod(query, now)
  const cleaned: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && v.trim() !== '') cleaned[k] = v.trim()
  const parsed = ClassifierQuery.safeParse(cleaned)
  if (!parsed.success) throw new ComplianceQueryError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  return { ...period, ...parsed.data }
}

export interface AgreementGroup {
  field: ClassifiedField | null
  key: string
  concept: string | null
  written: number
  overridden: number
  /** values left as written ÷ values written, in %; null when nothing was written */
  agreement: number | null
}

export interface Disagreement {
  installationId: string
  installationName: string
  ticketId: string
  ticketNumber: string | null
  subject: string
  /** Desk's own webUrl of the ticket, or null when none was kept (no link then) */
  deskUrl: string | null
  field: ClassifiedField
  engineValue: string
  rule: string
  concept: string | null
  words: string[]
  /** the field value or template line the engine read, when the value came from one */
  sourceText: string | null
  humanValue: string
  team: string
  language: string | null
  writtenAt: string
  overriddenAt: string
}

export interface ClassifierReport {
  from: string
  to: string
  totals: { written: number; overridden: number; agreement: number | null }
  byRule: AgreementGroup[]
  byTeam: AgreementGroup[]
  byLanguage: AgreementGroup[]
  disagreements: Disagreement[]
  truncated: boolean
}

export function agreementPercent(written: number, overridden: number): number | null {
  return written === 0 ? null : Math.round((1000 * (written - overridden)) / written) / 10
}

function group(c: AgreementCount): AgreementGroup {
  return { ...c, agreement: agreementPercent(c.written, c.overridden) }
}

export async function classifierReport(ctx: ServiceContext, installations: Installation[], filter: ClassifierFilter): Promise<ClassifierReport> {
  const chosen = filter.installation ? installations.filter((i) => i.id === filter.installation) : installations
  const byId = new Map(chosen.map((i) => [i.id, i]))
  const f: FeedbackFilter = {
    installationIds: chosen.map((i) => i.id),
    from: filter.from,
    to: filter.to,
    team: filter.team,
    language: filter.language,
    field: filter.field,
  }
  const [byRule, byTeam, byLanguage, rows] = await Promise.all([
    agreementCounts(ctx.db, f, 'rule'),
    agreementCounts(ctx.db, f, 'team'),
    agreementCounts(ctx.db, f, 'language'),
    listDisagreements(ctx.db, f, DISAGREEMENT_LIMIT),
  ])
  const written = byTeam.reduce((n, g) => n + g.written, 0)
  const overridden = byTeam.reduce((n, g) => n + g.overridden, 0)
  return {
    from: new Date(filter.from).toISOString(),
    to: new Date(filter.to).toISOString(),
    totals: { written, overridden, agreement: agreementPercent(written, overridden) },
    byRule: byRule.map(group),
    byTeam: byTeam.map(group),
    byLanguage: byLanguage.map(group),
    disagreements: rows.map((r) => {
      const inst = byId.get(r.installationId)!
      const evidence = (r.evidence as { [k: string]: { sourceText?: unknown } | undefined })[r.field]
      return {
        installationId: r.installationId,
        installationName: inst.name || inst.orgId,
        ticketId: r.ticketId,
        ticketNumber: r.ticketNumber,
        subject: r.subject,
        deskUrl: safeWebUrl(r.webUrl),
        field: r.field,
        engineValue: r.engineValue,
        rule: r.rule,
        concept: r.concept,
        words: r.words,
        sourceText: typeof evidence?.sourceText === 'string' ? evidence.sourceText : null,
        humanValue: r.humanValue!,
        team: r.team,
        language: r.language,
        writtenAt: r.writtenAt,
        overriddenAt: r.overriddenAt!,
      }
    }),
    truncated: rows.length >= DISAGREEMENT_LIMIT,
  }
}
