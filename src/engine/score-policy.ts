import { z } from 'zod'

// The `partnerScore` section of config/policy.yaml: every figure of the partner value
// score (DOMAIN.md §7). The code holds no figure; this schema only says what shape the
// figures take and which combinations make sense (issue #7).

const Points = z.number().int().nonnegative()
const Usd = z.number().nonnegative()
const Percent = z.number().min(0).max(100)
const Name = z.string().trim().min(1)

const RevenueGrowth = z.object({
  // nothing unless annual revenue is strictly MORE than this (USD)
  minimumAnnualRevenue: Usd,
  // year-on-year growth (USD) that earns maxPoints; below it, points in proportion
  benchmark: z.object({ developed: z.number().positive(), developing: z.number().positive() }).strict(),
  maxPoints: Points,
  // how maxPoints × growth / benchmark becomes whole points
  rounding: z.enum(['nearest', 'down', 'up']),
}).strict()

const CustomerAcquisition = z.object({
  blockSize: z.number().int().positive(), // new customers per block
  pointsPerBlock: Points, // points per full block
  moreThan: z.number().int().nonnegative(), // nothing unless new customers > this
  maxPoints: Points,
}).strict()

const RetentionBand = z.object({ upTo: Percent, points: Points }).strict()
const Retention = z.object({
  // bands by inclusive upper bound, ascending; a rate above the last band earns `above`
  bands: z.array(RetentionBand).min(1),
  above: z.union([z.literal('percentage'), Points]),
  maxPoints: Points,
}).strict()

const Csat = z.object({ pointsPerRating: Points, maxPoints: Points }).strict()

const Escalations = z.object({
  pointsPerEscalation: Points, // deducted per validated escalation
  deductFrom: z.number().int().nonnegative(), // no deduction while the count is below this
  maxDeduction: Points, // the deduction never exceeds this (score floor of the parameter)
}).strict()

const Certifications = z.object({
  minimum: z.number().int().nonnegative(), // nothing until at least this many are held
  pointsPerCertificate: Points,
  maxPoints: Points,
}).strict()

const PerItem = z.object({ pointsEach: Points, maxPoints: Points }).strict()

const PracticeBand = z.object({ atLeast: z.number().int().nonnegative(), points: Points }).strict()
const PracticeSize = z.object({
  bands: z.array(PracticeBand).min(1), // by staff count, ascending
  maxPoints: Points,
}).strict()

const Campaigns = z.object({
  leadGenEvents: Points,
  brandedEvents: Points,
  maxPoints: Points, // both kinds add up, then the cap applies
}).strict()

const Branding = z.object({ maxPoints: Points }).strict()

const Developed = z.object({
  regions: z.array(Name), // whole regions that count as developed
  subRegions: z.array(z.object({ region: Name, subRegion: Name }).strict()), // single sub-regions
}).strict()

// Where each yearly figure lives in Desk: an account field per figure (issue #7, "In Desk").
// Default `cf_partner_<figure>` in snake case (annualRevenue → cf_partner_annual_revenue), the names
// the Desk sandbox's account fields carry. Country and state come from deskFields.account.
export const PARTNER_FIGURES = [
  'annualRevenue', 'revenueGrowth', 'newCustomers', 'retentionRate', 'csatRatings',
  'validatedEscalations', 'certifications', 'projects', 'caseStudies', 'zohoStaff',
  'leadGenEvents', 'brandedEvents', 'branding',
] as const
export type PartnerFigureName = (typeof PARTNER_FIGURES)[number]

export function defaultFigureField(figure: PartnerFigureName): string {
  return 'cf_partner_' + figure.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())
}

const DeskField = z.string().trim().min(1)
const FigureFields = z.object(
  Object.fromEntries(PARTNER_FIGURES.map((f) => [f, DeskField.default(defaultFigureField(f))])) as
    Record<PartnerFigureName, z.ZodDefault<typeof DeskField>>,
).strict()

export const PartnerScorePolicy = z.object({
  fields: FigureFields.prefault({}),
  scoreRange: z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive() }).strict(),
  tiers: z.object({ advancedAbove: Points, premiumAbove: Points }).strict(),
  developed: Developed,
  revenueGrowth: RevenueGrowth,
  customerAcquisition: CustomerAcquisition,
  retention: Retention,
  csat: Csat,
  escalations: Escalations,
  certifications: Certifications,
  projects: PerItem,
  caseStudies: PerItem,
  practiceSize: PracticeSize,
  campaigns: Campaigns,
  branding: Branding,
}).strict().superRefine((p, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message })

  if (p.scoreRange.min >= p.scoreRange.max) {
    issue(['scoreRange', 'min'], `must be below scoreRange.max (${p.scoreRange.max})`)
  }
  if (p.tiers.advancedAbove >= p.tiers.premiumAbove) {
    issue(['tiers', 'advancedAbove'], `must be below tiers.premiumAbove (${p.tiers.premiumAbove})`)
  }
  if (p.tiers.premiumAbove >= p.scoreRange.max) {
    issue(['tiers', 'premiumAbove'], `must be below scoreRange.max (${p.scoreRange.max}), or no score reaches Premium`)
  }
  if (p.tiers.advancedAbove < p.scoreRange.min) {
    issue(['tiers', 'advancedAbove'], `must not be below scoreRange.min (${p.scoreRange.min})`)
  }

  checkAscending(p.retention.bands.map((b) => b.upTo), ['retention', 'bands'], 'upTo', issue)
  checkBandPoints(p.retention.bands, p.retention.maxPoints, ['retention', 'bands'], issue)
  const lastRetention = p.retention.bands[p.retention.bands.length - 1]
  if (typeof p.retention.above === 'number' && lastRetention && p.retention.above < lastRetention.points) {
    issue(['retention', 'above'], `must not be below the last band's points (${lastRetention.points})`)
  }

  checkAscending(p.practiceSize.bands.map((b) => b.atLeast), ['practiceSize', 'bands'], 'atLeast', issue)
  checkBandPoints(p.practiceSize.bands, p.practiceSize.maxPoints, ['practiceSize', 'bands'], issue)

  const byField = new Map<string, string>()
  for (const f of PARTNER_FIGURES) {
    const field = p.fields[f]
    const other = byField.get(field)
    if (other) issue(['fields', f], `"${field}" already holds ${other}: each figure needs its own field`)
    else byField.set(field, f)
  }

  const seen = new Set<string>()
  p.developed.subRegions.forEach((s, i) => {
    const key = `${s.region}\u0000${s.subRegion}`
    if (seen.has(key)) issue(['developed', 'subRegions', i], `"${s.region} / ${s.subRegion}" is listed twice`)
    if (p.developed.regions.includes(s.region)) {
      issue(['developed', 'subRegions', i], `region "${s.region}" is already developed as a whole`)
    }
    seen.add(key)
  })
  const regions = new Set<string>()
  p.developed.regions.forEach((r, i) => {
    if (regions.has(r)) issue(['developed', 'regions', i], `"${r}" is listed twice`)
    regions.add(r)
  })
})

export type PartnerScorePolicy = z.infer<typeof PartnerScorePolicy>

type Issue = (path: (string | number)[], message: string) => void

function checkAscending(values: number[], path: string[], field: string, issue: Issue): void {
  for (let i = 1; i < values.length; i++) {
    if (values[i]! <= values[i - 1]!) {
      issue([...path, i, field], `bands must be in ascending ${field} order (${values[i]} after ${values[i - 1]})`)
    }
  }
}

function checkBandPoints(bands: { points: number }[], max: number, path: string[], issue: Issue): void {
  bands.forEach((b, i) => {
    if (b.points > max) issue([...path, i, 'points'], `${b.points} exceeds the parameter's maxPoints (${max})`)
    const prev = bands[i - 1]
    if (prev && b.points < prev.points) {
      issue([...path, i, 'points'], `a higher band must not earn fewer points (${b.points} after ${prev.points})`)
    }
  })
}

// For the policy loader: developed regions and sub-regions must name real ones.
// Returns one message per unknown name (empty when all are known).
export function unknownDevelopedNames(
  p: PartnerScorePolicy,
  subRegionsByRegion: Record<string, readonly string[]>,
): string[] {
  const problems: string[] = []
  for (const r of p.developed.regions) {
    if (!(r in subRegionsByRegion)) problems.push(`partnerScore.developed.regions: unknown region "${r}"`)
  }
  for (const s of p.developed.subRegions) {
    const subs = subRegionsByRegion[s.region]
    if (!subs) problems.push(`partnerScore.developed.subRegions: unknown region "${s.region}"`)
    else if (!subs.includes(s.subRegion)) {
      problems.push(`partnerScore.developed.subRegions: region "${s.region}" has no sub-region "${s.subRegion}"`)
    }
  }
  return problems
}
