import { z } from 'zod'
import { EngineError } from './errors.js'
import type { PartnerScorePolicy } from './score-policy.js'

// The partner value score of DOMAIN.md §7 (issue #7): pure, every figure from the policy.

export const SCORE_PARAMETERS = [
  'revenueGrowth', 'customerAcquisition', 'retention', 'csat', 'escalations',
  'certifications', 'projects', 'caseStudies', 'practice', 'campaigns', 'branding',
] as const
export type ScoreParameter = (typeof SCORE_PARAMETERS)[number]

export const PARTNER_TIERS = ['Authorized', 'Advanced', 'Premium'] as const
export type PartnerTier = (typeof PARTNER_TIERS)[number]

// ---- input -------------------------------------------------------------------------------

const NUMBER_FIELDS = [
  'annualRevenue', 'revenueGrowth', 'newCustomers', 'retentionRate', 'csatRatings',
  'validatedEscalations', 'certifications', 'projects', 'caseStudies', 'zohoStaff', 'branding',
] as const
const BOOLEAN_FIELDS = ['leadGenEvents', 'brandedEvents'] as const
const TEXT_FIELDS = ['country', 'state'] as const
export const FIGURE_FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...BOOLEAN_FIELDS] as const
type FigureField = (typeof NUMBER_FIELDS)[number] | (typeof BOOLEAN_FIELDS)[number]

const num = () => z.number({ error: 'must be a number' })
const count = () => num().int('must be a whole number').nonnegative('must not be negative')
const flag = () => z.boolean({ error: 'must be true or false (also yes/no, 1/0)' })
const text = () => z.string({ error: 'must be text' }).nullish().transform((v) => v?.trim() || null)

const FiguresShape = z.object({
  country: text(),
  state: text(), // only used to pick a USA sub-region
  annualRevenue: num().nonnegative('must not be negative').default(0), // USD
  revenueGrowth: num().default(0), // USD, year on year; may be negative
  newCustomers: count().default(0),
  retentionRate: num().min(0, 'must be a percentage from 0 to 100').max(100, 'must be a percentage from 0 to 100').default(0),
  csatRatings: count().default(0), // 4- and 5-star ratings
  validatedEscalations: count().default(0),
  certifications: count().default(0),
  projects: count().default(0),
  caseStudies: count().default(0),
  zohoStaff: count().default(0),
  leadGenEvents: flag().default(false),
  brandedEvents: flag().default(false),
  branding: count().default(0), // assessed points; the policy's cap is checked in scorePartner
})

// Spreadsheets and hand-written JSON bring "12", "68 %", "yes", "" and null: read them
// once here so JSON and CSV inputs share one set of rules. Missing means zero/false.
function coerceFigures(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) }
  for (const key of Object.keys(out)) {
    let v = out[key]
    if (typeof v === 'string') v = v.trim()
    if (v === null || v === '') { delete out[key]; continue }
    if ((NUMBER_FIELDS as readonly string[]).includes(key) && typeof v === 'string') {
      const s = key === 'retentionRate' ? v.replace(/\s*%$/, '') : v
      if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) v = Number(s)
    } else if ((BOOLEAN_FIELDS as readonly string[]).includes(key)) {
      const s = String(v).toLowerCase()
      if (['true', 'yes', 'y', '1'].includes(s)) v = true
      else if (['false', 'no', 'n', '0'].includes(s)) v = false
    }
    out[key] = v
  }
  return out
}

export const PartnerFigures = z.preprocess(coerceFigures, FiguresShape)
export type PartnerFigures = z.output<typeof FiguresShape>
export type PartnerFiguresInput = z.input<typeof FiguresShape>

export function parsePartnerFigures(raw: unknown): PartnerFigures {
  const parsed = PartnerFigures.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const field = issue.path.length ? String(issue.path[0]) : null
  if (!field) {
    throw new EngineError('SLA_BAD_INPUT', 'partner figures must be one JSON object', { issues: parsed.error.issues })
  }
  const value = (raw as Record<string, unknown>)[field]
  throw new EngineError('SLA_BAD_INPUT',
    `partner figure ${field} ${issue.message} (got ${JSON.stringify(value)})`,
    { field, value, issues: parsed.error.issues })
}

// ---- output ------------------------------------------------------------------------------

export type ScoreBreakdown = Record<ScoreParameter, number>

export interface ScoreStep {
  parameter: ScoreParameter
  change: string // e.g. "+3 certifications"
  set: Partial<Record<FigureField, number | boolean>> // the figures as the step leaves them
  points: number // what the breakdown gains
  text: string // e.g. "+3 certifications → +15"
}

export interface PartnerScore {
  score: number
  tier: PartnerTier
  developedRegion: boolean
  breakdown: ScoreBreakdown
  nextTier: { tier: PartnerTier; pointsNeeded: number } | null
  reasons: string[]
  steps: ScoreStep[]
  meetsAuthorizedBaseline: boolean
}

export interface ScoreContext {
  policy: PartnerScorePolicy
  developed: boolean
}

// ---- regions -----------------------------------------------------------------------------

export function developedFor(policy: PartnerScorePolicy, region: string, subRegion: string): boolean {
  const d = policy.developed
  return d.regions.includes(region) || d.subRegions.some((s) => s.region === region && s.subRegion === subRegion)
}

// A partner with no country, or a country the region table does not know (the resolver's
// fallback), is scored against the developing-region benchmark and flagged.
export function developmentOf(
  policy: PartnerScorePolicy,
  country: string | null,
  resolved: { region: string; subRegion: string; fallback: boolean } | null,
): { developed: boolean; reason: string } {
  if (!country || !resolved) {
    return { developed: false, reason: 'no country given → developing-region benchmark' }
  }
  if (resolved.fallback) {
    return { developed: false, reason: `country "${country}" is not known → developing-region benchmark` }
  }
  const developed = developedFor(policy, resolved.region, resolved.subRegion)
  return {
    developed,
    reason: `${country} → ${resolved.region} / ${resolved.subRegion}: ${developed ? 'developed' : 'developing'} region`,
  }
}

// ---- the rules ---------------------------------------------------------------------------

type PointsRule = (f: PartnerFigures, p: PartnerScorePolicy, developed: boolean) => number

const roundBy = (mode: 'nearest' | 'down' | 'up', x: number): number =>
  mode === 'down' ? Math.floor(x) : mode === 'up' ? Math.ceil(x) : Math.round(x)

const benchmarkOf = (p: PartnerScorePolicy, developed: boolean): number =>
  developed ? p.revenueGrowth.benchmark.developed : p.revenueGrowth.benchmark.developing

const POINTS: Record<ScoreParameter, PointsRule> = {
  revenueGrowth: (f, p, developed) => {
    const r = p.revenueGrowth
    if (f.annualRevenue <= r.minimumAnnualRevenue || f.revenueGrowth <= 0) return 0
    const benchmark = benchmarkOf(p, developed)
    if (f.revenueGrowth >= benchmark) return r.maxPoints
    return Math.min(r.maxPoints, roundBy(r.rounding, (r.maxPoints * f.revenueGrowth) / benchmark))
  },
  customerAcquisition: (f, p) => {
    const c = p.customerAcquisition
    if (f.newCustomers <= c.moreThan) return 0
    return Math.min(c.maxPoints, Math.floor(f.newCustomers / c.blockSize) * c.pointsPerBlock)
  },
  retention: (f, p) => {
    const r = p.retention
    const band = r.bands.find((b) => f.retentionRate <= b.upTo)
    if (band) return Math.min(r.maxPoints, band.points)
    return Math.min(r.maxPoints, r.above === 'percentage' ? Math.round(f.retentionRate) : r.above)
  },
  csat: (f, p) => Math.min(p.csat.maxPoints, f.csatRatings * p.csat.pointsPerRating),
  escalations: (f, p) => {
    const e = p.escalations
    if (f.validatedEscalations < e.deductFrom) return 0
    const deduction = Math.min(e.maxDeduction, f.validatedEscalations * e.pointsPerEscalation)
    return deduction === 0 ? 0 : -deduction
  },
  certifications: (f, p) => {
    const c = p.certifications
    if (f.certifications < c.minimum) return 0
    return Math.min(c.maxPoints, f.certifications * c.pointsPerCertificate)
  },
  projects: (f, p) => Math.min(p.projects.maxPoints, f.projects * p.projects.pointsEach),
  caseStudies: (f, p) => Math.min(p.caseStudies.maxPoints, f.caseStudies * p.caseStudies.pointsEach),
  practice: (f, p) => {
    let points = 0
    for (const b of p.practiceSize.bands) if (f.zohoStaff >= b.atLeast) points = b.points
    return Math.min(p.practiceSize.maxPoints, points)
  },
  campaigns: (f, p) => {
    const c = p.campaigns
    return Math.min(c.maxPoints, (f.leadGenEvents ? c.leadGenEvents : 0) + (f.brandedEvents ? c.brandedEvents : 0))
  },
  branding: (f, p) => Math.min(p.branding.maxPoints, f.branding),
}

function breakdownOf(f: PartnerFigures, p: PartnerScorePolicy, developed: boolean): ScoreBreakdown {
  const out = {} as ScoreBreakdown
  for (const k of SCORE_PARAMETERS) out[k] = POINTS[k](f, p, developed)
  return out
}

const total = (b: ScoreBreakdown): number => SCORE_PARAMETERS.reduce((s, k) => s + b[k], 0)

export function tierOf(policy: PartnerScorePolicy, score: number): PartnerTier {
  if (score > policy.tiers.premiumAbove) return 'Premium'
  if (score > policy.tiers.advancedAbove) return 'Advanced'
  return 'Authorized'
}

// ---- reasons -----------------------------------------------------------------------------

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const n = (x: number): string => NUMBER.format(x).replace('-', '−')
const usd = (x: number): string => `${n(x)} USD`
const plural = (k: number, one: string, many: string): string => `${n(k)} ${k === 1 ? one : many}`
const pts = (x: number): string => (x < 0 ? `−${n(-x)}` : `${n(x)} points`)
const capped = (points: number, max: number): string => (points >= max && max > 0 ? ' (cap)' : '')

function reasonsFor(f: PartnerFigures, p: PartnerScorePolicy, developed: boolean, b: ScoreBreakdown): string[] {
  const out: string[] = []
  const rg = p.revenueGrowth
  const benchmark = benchmarkOf(p, developed)
  const kind = developed ? 'developed' : 'developing'
  if (f.annualRevenue <= rg.minimumAnnualRevenue) {
    out.push(`annual revenue ${usd(f.annualRevenue)} is not above ${usd(rg.minimumAnnualRevenue)} → revenue growth 0 points`)
  } else if (f.revenueGrowth <= 0) {
    out.push(`revenue growth ${usd(f.revenueGrowth)} (no growth) → 0 points`)
  } else if (f.revenueGrowth >= benchmark) {
    out.push(`revenue growth ${usd(f.revenueGrowth)} reaches the ${kind}-region benchmark ${usd(benchmark)} → ${pts(b.revenueGrowth)}`)
  } else {
    const share = n(Math.round((1000 * f.revenueGrowth) / benchmark) / 10)
    out.push(`revenue growth ${usd(f.revenueGrowth)} is ${share} % of the ${kind}-region benchmark ${usd(benchmark)} → ${pts(b.revenueGrowth)}`)
  }

  const ca = p.customerAcquisition
  out.push(f.newCustomers <= ca.moreThan
    ? `${plural(f.newCustomers, 'new customer', 'new customers')} (nothing unless more than ${n(ca.moreThan)}) → 0 points`
    : `${plural(f.newCustomers, 'new customer', 'new customers')} → ${pts(b.customerAcquisition)}${capped(b.customerAcquisition, ca.maxPoints)}`)

  out.push(`retention ${n(f.retentionRate)} % → ${pts(b.retention)}${capped(b.retention, p.retention.maxPoints)}`)
  out.push(`${plural(f.csatRatings, 'CSAT rating', 'CSAT ratings')} of 4 or 5 stars → ${pts(b.csat)}${capped(b.csat, p.csat.maxPoints)}`)

  const e = p.escalations
  const escalations = plural(f.validatedEscalations, 'validated escalation', 'validated escalations')
  if (f.validatedEscalations < e.deductFrom) out.push(`${escalations} (no deduction below ${n(e.deductFrom)}) → 0`)
  else out.push(`${escalations} → ${pts(b.escalations)}${-b.escalations >= e.maxDeduction ? ' (floor)' : ''}`)

  const c = p.certifications
  out.push(f.certifications < c.minimum
    ? `${plural(f.certifications, 'certification', 'certifications')} (nothing below ${n(c.minimum)}) → 0 points`
    : `${plural(f.certifications, 'certification', 'certifications')} → ${pts(b.certifications)}${capped(b.certifications, c.maxPoints)}`)
  out.push(`${plural(f.projects, 'project or marketplace integration', 'projects or marketplace integrations')} → ${pts(b.projects)}${capped(b.projects, p.projects.maxPoints)}`)
  out.push(`${plural(f.caseStudies, 'case study or testimonial', 'case studies or testimonials')} → ${pts(b.caseStudies)}${capped(b.caseStudies, p.caseStudies.maxPoints)}`)
  out.push(`${plural(f.zohoStaff, 'staff member', 'staff')} dedicated to Zoho → ${pts(b.practice)}`)

  const events = [f.leadGenEvents && 'physical lead-generation events', f.brandedEvents && 'branded events'].filter(Boolean)
  out.push(events.length
    ? `${events.join(' and ')} → ${pts(b.campaigns)}${capped(b.campaigns, p.campaigns.maxPoints)}`
    : 'no lead-generation or branded events → 0 points')
  out.push(`branding assessed at ${n(f.branding)} → ${pts(b.branding)}`)
  return out
}

// ---- the score ---------------------------------------------------------------------------

export function scorePartner(input: PartnerFiguresInput | Record<string, unknown>, ctx: ScoreContext): PartnerScore {
  const { policy, developed } = ctx
  const f = parsePartnerFigures(input)
  if (f.branding > policy.branding.maxPoints) {
    throw new EngineError('SLA_BAD_INPUT',
      `partner figure branding must not exceed ${policy.branding.maxPoints} (got ${f.branding})`,
      { field: 'branding', value: f.branding })
  }

  const breakdown = breakdownOf(f, policy, developed)
  const raw = total(breakdown)
  const score = Math.min(policy.scoreRange.max, Math.max(policy.scoreRange.min, raw))
  const tier = tierOf(policy, score)
  const reasons = reasonsFor(f, policy, developed, breakdown)
  if (score !== raw) reasons.push(`total ${n(raw)} kept within ${n(policy.scoreRange.min)}–${n(policy.scoreRange.max)} → ${n(score)}`)
  const { advancedAbove, premiumAbove } = policy.tiers
  reasons.push(tier === 'Premium' ? `score ${n(score)} is above ${n(premiumAbove)} → Premium`
    : tier === 'Advanced' ? `score ${n(score)} is above ${n(advancedAbove)}, not above ${n(premiumAbove)} → Advanced`
      : `score ${n(score)} is not above ${n(advancedAbove)} → Authorized`)

  const meetsAuthorizedBaseline = f.annualRevenue > policy.revenueGrowth.minimumAnnualRevenue &&
    f.certifications >= policy.certifications.minimum
  if (!meetsAuthorizedBaseline) {
    reasons.push(`the Authorized baseline (annual revenue above ${usd(policy.revenueGrowth.minimumAnnualRevenue)}, ` +
      `at least ${n(policy.certifications.minimum)} certifications) is not met`)
  }

  let nextTier: PartnerScore['nextTier'] = null
  let steps: ScoreStep[] = []
  if (tier !== 'Premium') {
    const next: PartnerTier = tier === 'Authorized' ? 'Advanced' : 'Premium'
    const target = (next === 'Advanced' ? advancedAbove : premiumAbove) + 1
    nextTier = { tier: next, pointsNeeded: target - score }
    reasons.push(`${plural(nextTier.pointsNeeded, 'more point reaches', 'more points reach')} ${next}`)
    const plan = stepsTo(f, ctx, target - raw)
    steps = plan.steps
    if (plan.short > 0) reasons.push(`the rules' remaining headroom falls ${plural(plan.short, 'point', 'points')} short of ${next}`)
  }

  return { score, tier, developedRegion: developed, breakdown, nextTier, reasons, steps, meetsAuthorizedBaseline }
}

// ---- the cheapest steps to the next tier ---------------------------------------------------
// Greedy over each rule's headroom. Every lever moves one figure by whole units (a certificate,
// a rating, a project, an event, a percentage point…); each round takes the lever's smallest
// move that earns points. When one such move closes the gap, the fewest units win (then the
// least overshoot); otherwise the best points per unit. Revenue growth is the hardest figure to
// move, so it comes last, sized to exactly what is still missing.

interface Lever {
  field: FigureField
  parameter: ScoreParameter
  deltas: (f: PartnerFigures, p: PartnerScorePolicy) => number[] // ascending moves to try
  change: (d: number, after: PartnerFigures) => string
}

const MAX_COUNT_MOVE = 1000
const upTo = (limit: number): number[] => {
  const out: number[] = []
  for (let d = 1; d <= Math.min(limit, MAX_COUNT_MOVE); d++) out.push(d)
  return out
}
const countLever = (
  field: Lever['field'], parameter: ScoreParameter, one: string, many: string,
): Lever => ({ field, parameter, deltas: () => upTo(MAX_COUNT_MOVE), change: (d) => `+${plural(d, one, many)}` })

const LEVERS: Lever[] = [
  countLever('certifications', 'certifications', 'certification', 'certifications'),
  countLever('projects', 'projects', 'project or marketplace integration', 'projects or marketplace integrations'),
  countLever('caseStudies', 'caseStudies', 'case study or testimonial', 'case studies or testimonials'),
  countLever('csatRatings', 'csat', 'CSAT rating of 4 or 5 stars', 'CSAT ratings of 4 or 5 stars'),
  { field: 'leadGenEvents', parameter: 'campaigns', deltas: (f) => (f.leadGenEvents ? [] : [1]), change: () => 'hold physical lead-generation events' },
  { field: 'brandedEvents', parameter: 'campaigns', deltas: (f) => (f.brandedEvents ? [] : [1]), change: () => 'hold branded events' },
  {
    field: 'zohoStaff', parameter: 'practice', deltas: () => upTo(MAX_COUNT_MOVE),
    change: (d, after) => `+${plural(d, 'staff member', 'staff')} dedicated to Zoho (${n(after.zohoStaff)} in all)`,
  },
  {
    field: 'validatedEscalations', parameter: 'escalations', deltas: (f) => upTo(f.validatedEscalations).map((d) => -d),
    change: (d, after) => `${n(-d)} fewer validated ${-d === 1 ? 'escalation' : 'escalations'} (${n(after.validatedEscalations)} in all)`,
  },
  {
    field: 'newCustomers', parameter: 'customerAcquisition', deltas: () => upTo(MAX_COUNT_MOVE),
    change: (d, after) => `+${plural(d, 'new customer', 'new customers')} (${n(after.newCustomers)} in all)`,
  },
  {
    field: 'retentionRate', parameter: 'retention',
    deltas: (f) => {
      const room = 100 - f.retentionRate
      const whole = upTo(Math.floor(room))
      return room > Math.floor(room) ? [...whole, room] : whole
    },
    change: (d, after) => `retention +${n(d)} percentage points (${n(after.retentionRate)} %)`,
  },
  {
    field: 'branding', parameter: 'branding', deltas: (f, p) => upTo(p.branding.maxPoints - f.branding),
    change: (d, after) => `branding assessed ${n(d)} points higher (${n(after.branding)})`,
  },
]

function moved(f: PartnerFigures, field: Lever['field'], d: number): PartnerFigures {
  const value = f[field]
  return { ...f, [field]: typeof value === 'boolean' ? true : value + d }
}

interface Move { lever: Lever; index: number; d: number; gain: number }

function smallestMove(f: PartnerFigures, lever: Lever, index: number, ctx: ScoreContext): Move | null {
  const rule = POINTS[lever.parameter]
  const before = rule(f, ctx.policy, ctx.developed)
  for (const d of lever.deltas(f, ctx.policy)) {
    const gain = rule(moved(f, lever.field, d), ctx.policy, ctx.developed) - before
    if (gain > 0) return { lever, index, d, gain }
  }
  return null
}

function stepsTo(start: PartnerFigures, ctx: ScoreContext, needed: number): { steps: ScoreStep[]; short: number } {
  let f = start
  let gap = needed
  const moves = LEVERS.map((lever, i) => smallestMove(f, lever, i, ctx))
  const taken = new Map<number, { d: number; gain: number }>()
  const order: number[] = []

  while (gap > 0) {
    const open = moves.filter((m): m is Move => m !== null)
    if (open.length === 0) break
    const closing = open.filter((m) => m.gain >= gap)
    const pick = closing.length
      ? closing.reduce((a, b) => (Math.abs(b.d) < Math.abs(a.d) || (Math.abs(b.d) === Math.abs(a.d) && b.gain < a.gain) ? b : a))
      : open.reduce((a, b) => (b.gain / Math.abs(b.d) > a.gain / Math.abs(a.d) ? b : a))
    f = moved(f, pick.lever.field, pick.d)
    gap -= pick.gain
    const sofar = taken.get(pick.index)
    if (!sofar) order.push(pick.index)
    taken.set(pick.index, { d: (sofar?.d ?? 0) + pick.d, gain: (sofar?.gain ?? 0) + pick.gain })
    LEVERS.forEach((lever, i) => {
      if (lever.parameter === pick.lever.parameter) moves[i] = smallestMove(f, lever, i, ctx)
    })
  }

  const steps: ScoreStep[] = order.map((i) => {
    const lever = LEVERS[i]!
    const { d, gain } = taken.get(i)!
    const change = lever.change(d, f)
    return { parameter: lever.parameter, change, set: { [lever.field]: f[lever.field] }, points: gain, text: `${change} → +${n(gain)}` }
  })

  if (gap > 0) {
    const revenue = revenueStep(f, ctx, gap)
    if (revenue) {
      steps.push(revenue)
      gap -= revenue.points
    }
  }
  return { steps, short: Math.max(0, gap) }
}

// The least whole-USD growth (and, if needed, annual revenue above the minimum) that earns
// `gap` more revenue points, or as many as the cap allows.
function revenueStep(f: PartnerFigures, ctx: ScoreContext, gap: number): ScoreStep | null {
  const { policy, developed } = ctx
  const rg = policy.revenueGrowth
  const rule = POINTS.revenueGrowth
  const before = rule(f, policy, developed)
  const unlocked: PartnerFigures = f.annualRevenue > rg.minimumAnnualRevenue
    ? f : { ...f, annualRevenue: Math.floor(rg.minimumAnnualRevenue) + 1 }
  const goal = Math.min(rg.maxPoints, before + gap)
  if (goal <= before) return null

  const parts: string[] = []
  if (unlocked !== f) parts.push(`annual revenue above ${usd(rg.minimumAnnualRevenue)} (now ${usd(f.annualRevenue)})`)
  let growth = f.revenueGrowth
  if (rule(unlocked, policy, developed) < goal) {
    const benchmark = benchmarkOf(policy, developed)
    growth = Math.max(1, Math.ceil(((goal - 1) * benchmark) / rg.maxPoints))
    while (growth < benchmark && rule({ ...unlocked, revenueGrowth: growth }, policy, developed) < goal) growth++
    growth = Math.min(growth, Math.ceil(benchmark))
    parts.push(`revenue growth of ${usd(growth)} (now ${usd(f.revenueGrowth)})`)
  }
  const gain = rule({ ...unlocked, revenueGrowth: growth }, policy, developed) - before
  if (gain <= 0) return null
  const change = parts.join(' and ')
  const set: ScoreStep['set'] = {}
  if (unlocked !== f) set.annualRevenue = unlocked.annualRevenue
  if (growth !== f.revenueGrowth) set.revenueGrowth = growth
  return { parameter: 'revenueGrowth', change, set, points: gain, text: `${change} → +${n(gain)}` }
}
