// The policy: every business figure of DOMAIN.md as a zod schema. The shipped values live in
// config/policy.yaml; this file only says what shape they take and which combinations make sense.
import { z } from 'zod'
import { CalendarSpec } from './calendar.js'
import { PartnerScorePolicy, unknownDevelopedNames } from './score-policy.js'
import { isKnownCountryCode } from './countries.js'

export const REGION_NAMES = ['ANZ', 'APAC & Japan', 'India', 'MEA', 'Americas', 'UK & EU'] as const
export const RegionName = z.enum(REGION_NAMES)
export type RegionName = z.infer<typeof RegionName>

export const TEAMS = ['Support', 'Operations'] as const
export const Team = z.enum(TEAMS)
export type Team = z.infer<typeof Team>

export const TIERS = ['Authorized', 'Advanced', 'Premium'] as const
export const Tier = z.enum(TIERS)
export type Tier = z.infer<typeof Tier>

export const SEVERITIES = [1, 2, 3] as const
export type Severity = 1 | 2 | 3
const SeverityValue = z.union([z.literal(1), z.literal(2), z.literal(3)])

const Hours = z.number().finite().nonnegative() // working hours
const HourRange = z
  .tuple([Hours, Hours])
  .refine(([low, high]) => low <= high, { message: 'the low end of the range exceeds its high end' })

const Cell = z.object({ acknowledgement: HourRange, determination: HourRange }).strict()
const TeamCommitments = z.object({ 1: Cell, 2: Cell, 3: Cell }).strict()

const Phrases = z.array(z.string().trim().min(1))

export const LANGUAGES = ['en', 'de', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
/** Words or phrases per language (DOMAIN.md §3–§4: partners write EN, DE or FR). */
/** The lists of `reading` whose words are cues (impl/vocabulary.ts CUES), as the policy names them. */
export const CUE_LISTS = ['negation', 'hypothetical', 'resolved', 'resolvedAhead', 'resolvedSince', 'awaited', 'conceded', 'recurred', 'causeTold', 'attempted', 'asked', 'questions', 'clauseBreaks', 'examples', 'notNegation'] as const
export type CueList = (typeof CUE_LISTS)[number]

const PerLanguage = z.object({ en: Phrases.default([]), de: Phrases.default([]), fr: Phrases.default([]) }).strict()
const ConceptName = z.string().trim().min(1)
// "short = word": a short form a partner writes and the word it stands for
const ShortForms = z
  .array(z.string().trim().regex(/^[^\s=]+ = [^\s=]+$/, 'a short form is written "short = word"'))
  .default([])

// "every (single)", "(all of a sudden)", "now": a filler (in brackets, or the whole line) and the words around it
const Fillers = z
  .array(z.string().trim().regex(/^(?:[^\s()]+ )*(?:\((?:[^\s()]+ )*[^\s()]+\)|[^\s()]+)(?: [^\s()]+)*$/, 'a filler is written "word", "before (filler) after" or "(filler words)"'))
  .default([])

/** A meaning with its words per language (see config/policy.yaml, `concepts`). */
const Concept = PerLanguage.extend({
  negatable: z.boolean().default(false), // a negation before it cancels it ("no outage")
  withNegation: z.boolean().default(false), // an unspent negation counts as this concept ("nicht erreichbar")
  // a negation among its words is still an inability: it only makes one stronger ("ne … plus du tout")
  keepsNegation: z.boolean().default(false),
  // concepts whose phrase as long or longer, begun at the same word, holds that word: there it names no mention of
  // this one ("gone" in "has not gone out" is a sending, no data gone)
  yieldsTo: z.array(z.string().trim().min(1)).default([]),
}).strict()

/** A severity rule: concepts mentioned together, not negated, within `window` words of one sentence. */
const SeverityRule = z
  .object({
    name: z.string().trim().min(1),
    severity: SeverityValue,
    concepts: z.array(ConceptName).min(1),
    window: z.number().int().min(1).max(40).default(6), // words
    unless: z.array(ConceptName).default([]),
    anywhere: z.array(ConceptName).default([]),
    // concepts that, counted anywhere in the partner's words, set the rule aside (a cancellation called
    // off in another sentence: "… asked to terminate. Please do not cancel it.")
    unlessAnywhere: z.array(ConceptName).default([]),
    // concepts that, counted anywhere in the sentence of the rule's words, set the match aside: a
    // qualifier that stands further off than the window ("the sync has not worked since Monday for
    // one of our agents")
    unlessInSentence: z.array(ConceptName).default([]),
    // ticket types the rule reads (default: all of its team's): a renewal named in a commission
    // or an invoice ticket is the deal it is about, no renewal request
    types: z.array(z.string().trim().min(1)).default([]),
    // a match in the subject alone is a headline: set aside when the text matches one of these
    // (milder) rules, which say the same thing as the text means it ("Slow CRM" / "a bit slow")
    subjectYields: z.array(z.string().trim().min(1)).default([]),
  })
  .strict()
export type SeverityRule = z.infer<typeof SeverityRule>
const Email = z.email()
const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals')
  .refine(isKnownCountryCode, { message: 'not an ISO 3166-1 alpha-2 country code' })

const SubRegion = z
  .object({
    accountManager: Email, // level-4 owner
    largeAccountLicenses: z.number().int().positive().optional(), // licenses; overrides the region's
    countries: z.array(CountryCode).default([]),
  })
  .strict()

const Subdivision = z
  .object({
    default: z.string(), // sub-region for an unknown or missing state
    subRegions: z.record(z.string(), z.array(z.string().min(1))),
  })
  .strict()

const Region = z
  .object({
    calendar: CalendarSpec,
    escalationDesk: Email, // level 0/1 owner
    supportLead: Email, // level 2 owner
    largeAccountLicenses: z.number().int().positive(), // licenses
    defaultSubRegion: z.string(),
    subRegions: z.record(z.string(), SubRegion),
    bySubdivision: z.record(CountryCode, Subdivision).optional(),
  })
  .strict()

const RangePoint = z.enum(['low', 'mid', 'high'])

const EscalationLevel = z.discriminatedUnion('when', [
  z.object({ level: z.number().int().min(1).max(4), when: z.literal('replyOverdue'), owner: z.string() }).strict(),
  z
    .object({
      level: z.number().int().min(1).max(4),
      when: z.literal('determinationFraction'),
      atLeast: z.number().positive(), // share of the determination target (1 = 100 %)
      owner: z.string(),
    })
    .strict(),
  z.object({ level: z.number().int().min(1).max(4), when: z.literal('determinationBreached'), owner: z.string() }).strict(),
])
const OWNER_ROLES = ['escalationDesk', 'supportLead', 'centralManager', 'accountManager'] as const

const FieldName = z.string().trim().min(1)

export const PolicySchema = z
  .object({
    version: z.literal(1),
    commitments: z.object({ Support: TeamCommitments, Operations: TeamCommitments }).strict(),
    tiers: z
      .object({
        order: z.array(Tier).length(3),
        rangePoint: z.object({ Premium: RangePoint, Advanced: RangePoint, Authorized: RangePoint }).strict(),
        unknownTier: Tier,
        scoreThresholds: z.array(z.object({ tier: Tier, greaterThan: z.number().min(0).max(1000) }).strict()),
        aliases: z.object({ Premium: Phrases, Advanced: Phrases, Authorized: Phrases }).strict(),
      })
      .strict(),
    largeAccounts: z.object({ servedAs: Tier }).strict(),
    ticketTypes: z
      .array(
        z
          .object({
            name: z.string().trim().min(1),
            team: Team,
            exempt: z.boolean().default(false),
            labels: Phrases.min(1),
            words: z.array(ConceptName).default([]), // concepts naming this type in the partner's words
            unless: z.array(ConceptName).default([]), // concepts that, right beside a word, say it names something else
          })
          .strict(),
      )
      .min(1),
    defaultTicketType: z.string(),
    featureRequest: z.array(ConceptName).default([]),
    // a product's own documents: these concepts name no type when the text reports a symptom
    // and asks for no change (see config/policy.yaml)
    // a ticket of several matters is of the type of the one that sets severity 1: the Support rules
    // whose problem, reported in a sentence of its own, makes it Technical Support (none: off)
    severeMatter: z.object({ supportRules: z.array(z.string().trim().min(1)).default([]) }).strict().default({ supportRules: [] }),
    productDocuments: z
      .object({
        concepts: z.array(ConceptName).default([]),
        supportSeverity: z.union([z.literal(0), SeverityValue]).default(0), // 0: no Support rule says so
        orConcepts: z.array(ConceptName).default([]),
        unless: z.array(ConceptName).default([]),
        // the documents Zoho sends that a change request may be about (its invoices, quotes, commission
        // statements): their faults name no product's results; `concepts` when not given
        zohoDocuments: z.array(ConceptName).optional(),
      })
      .strict()
      .default({ concepts: [], supportSeverity: 0, orConcepts: [], unless: [] }),
    reading: z
      .object({
        quoteHeaders: z.array(z.object({ first: z.string().trim().min(1), then: z.string().trim().min(1) }).strict()).default([]),
        quoteMarkers: Phrases.default([]),
        headerBlock: z.object({ first: Phrases.min(1), then: Phrases.min(1) }).strict().optional(),
        // a forwarded message: from a marker line, or (after a forward's subject) from a header block
        // (round 95) under a subject of the partner's own, a note that points below (`pointers`) forwards the message under
        // its header block; a note whose only severity rules are `noteRules` (how far a trouble reaches, what it costs) is
        // read with the message it forwards
        // (round 168) `vendorDomains`: another vendor's mail domains ("microsoft.com", "datev.de"); a forwarded message sent
        // from one (or from a subdomain of one) is that vendor's own notice, an incident, a maintenance or a newsletter: no
        // request, and neither it nor the forward's subject is read
        forwards: z
          .object({
            markers: Phrases.default([]),
            subjects: Phrases.default([]),
            headerLabels: Phrases.default([]),
            pointers: Phrases.default([]),
            noteRules: z.array(z.string()).default([]),
            vendorDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a mail domain, "microsoft.com"')).default([]),
          })
          .strict()
          .default({ markers: [], subjects: [], headerLabels: [], pointers: [], noteRules: [], vendorDomains: [] }),
        signatures: Phrases.default([]),
        // a line right under a closing that holds one of these words is a sentence, the partner's words going on
        // ("Thanks!⏎Nobody can log in since 9am"): no name, title or address
        sentenceWords: Phrases.default([]),
        // a mail system's disclaimer or banner: its sentence and the lines wrapped on from it are no partner's words
        disclaimers: Phrases.default([]),
        // a postscript under the signature ("P.S. CRM is down since 10") is the partner's own words again
        postscripts: Phrases.default([]),
        // the partner's answers inside the quoted message ("answers inline below in blue"): its lines are read ("..." up to three words)
        inlineAnswers: Phrases.default([]),
        negationReach: z.number().int().min(1).max(12), // words
        negation: PerLanguage,
        hypothetical: PerLanguage,
        resolved: PerLanguage,
        // a thanks for the fix: what it names after it in its clause is over too ("thanks for sorting the downtime")
        resolvedAhead: PerLanguage.default({ en: [], de: [], fr: [] }),
        // over since then: as `resolved`, and, in a sentence that says nothing else, what the sentence right
        // before it names too ("Desk was down for two hours. It has been stable since.")
        resolvedSince: PerLanguage.default({ en: [], de: [], fr: [] }),
        // a fix still awaited: a "resolved" right after one of these is a condition, nothing over ("nothing ships unless this is fixed")
        awaited: PerLanguage.default({ en: [], de: [], fr: [] }),
        // a fix conceded ("down again even though you fixed it yesterday", "obwohl es behoben wurde"): a "resolved"
        // after one of these is over only in its own clause, what the sentence says before the concession holds
        conceded: PerLanguage.default({ en: [], de: [], fr: [] }),
        // the trouble back after its fix ("the outage that was resolved yesterday has returned"): a "resolved" before
        // one of these in its sentence tells an earlier fix, nothing over
        recurred: PerLanguage.default({ en: [], de: [], fr: [] }),
        // (round 159) the cause of a trouble told ("it was our own change", "the cause was", "es lag an"): a sentence right before
        // a `resolvedSince` that tells it passes the fix on to the sentence before it ("Nobody can log in." / "It was our own
        // change - we switched the SSO certificate." / "We reverted it and everyone can log in again.")
        causeTold: PerLanguage.default({ en: [], de: [], fr: [] }),
        // an attempt told with "if" ("if we try to log in, we get an error"): a hypothesis it begins at is none where
        // its sentence asks nothing
        attempted: PerLanguage.default({ en: [], de: [], fr: [] }),
        // the word a question about a fix begins its asking at ("CRM is down and we need to know when it will be working
        // again?"): a "resolved" asked after one of these holds only what the question names from it on
        asked: PerLanguage.default({ en: [], de: [], fr: [] }),
        // (round 108) a question's own words: opening a clause of a sentence that ends with "?" ("could a sync delete all
        // our contacts?", "is the whole office affected …?"), or closing it as a tag (", right?"): a case asked about
        questions: PerLanguage.default({ en: [], de: [], fr: [] }),
        clauseBreaks: PerLanguage,
        examples: PerLanguage.default({ en: [], de: [], fr: [] }),
        notNegation: PerLanguage.default({ en: [], de: [], fr: [] }),
        // a cue word that a longer phrase of a concept begins or holds is that phrase's, no cue (as a concept's
        // `yieldsTo`): French "s'il vous plaît" is a courtesy, no "s'il" hypothesis ("Pourriez-vous s'il vous plaît
        // résilier notre abonnement")
        yieldsTo: z
          .object(Object.fromEntries(CUE_LISTS.map((k) => [k, z.array(z.string().trim().min(1)).optional()])) as Record<CueList, z.ZodOptional<z.ZodArray<z.ZodString>>>)
          .strict()
          .default({}),
        onlyInLanguage: PerLanguage.default({ en: [], de: [], fr: [] }),
        // filler and emphasis words that may stand inside a phrase of the lists without being its words ("fails for every
        // single employee" is "fails for every employee"): "(…)" marks them, the words around it are where they may
        // stand ("every (single)", "(each and) every"); no brackets, anywhere; "a|b" either word; "#" a number in digits
        fillers: z
          .object({ en: Fillers, de: Fillers, fr: Fillers })
          .strict()
          .default({ en: [], de: [], fr: [] }),
        // short forms read as the word they stand for, in a sentence of their language ("pls = please", "acct = account")
        shortForms: z
          .object({ en: ShortForms, de: ShortForms, fr: ShortForms })
          .strict()
          .default({ en: [], de: [], fr: [] }),
      })
      .strict(),
    concepts: z.record(ConceptName, Concept),
    template: z
      .object({
        fields: z
          .object({
            customerEmail: Phrases,
            type: Phrases.min(1),
            reproducible: Phrases,
            product: Phrases,
            description: Phrases,
            troubleshooting: Phrases,
            screenshots: Phrases,
            severity: Phrases.min(1),
          })
          .strict(),
        answers: z.object({ yes: Phrases, no: Phrases, none: Phrases.optional() }).strict(),
      })
      .strict(),
    severity: z
      .object({
        names: z.object({ 1: Phrases, 2: Phrases, 3: Phrases }).strict(),
        // words accepted only in the Desk severity field (a picklist's "High"), not in a line of the description
        fieldNames: z.object({ 1: Phrases, 2: Phrases, 3: Phrases }).strict().default({ 1: [], 2: [], 3: [] }),
        defaults: z.object({ Support: SeverityValue, Operations: SeverityValue }).strict(),
        rules: z.object({ Support: z.array(SeverityRule), Operations: z.array(SeverityRule) }).strict(),
        // a subject that names, besides its match, one of `concepts` (everyone, urgency) and asks nothing is a
        // report: the text's `ignores` (a how-to, a question) are a side matter, no answer to it (round 90)
        firmHeadline: z
          .object({
            concepts: z.array(z.string().trim().min(1)).default([]),
            ignores: z.array(z.string().trim().min(1)).default([]),
            unless: z.array(z.string().trim().min(1)).default([]),
          })
          .strict()
          .default({ concepts: [], ignores: [], unless: [] }),
      })
      .strict(),
    clock: z
      .object({
        allDay: z.object({ team: Team, severity: SeverityValue, rules: z.array(z.string().trim().min(1)) }).strict(),
      })
      .strict(),
    regions: z
      .object({
        ANZ: Region,
        'APAC & Japan': Region,
        India: Region,
        MEA: Region,
        Americas: Region,
        'UK & EU': Region,
      })
      .strict(),
    fallbackRegion: RegionName,
    countryAliases: z.record(z.string().min(1), CountryCode).default({}),
    escalation: z
      .object({
        centralManager: Email, // level-3 owner
        levels: z.array(EscalationLevel).min(1),
      })
      .strict(),
    deskFields: z
      .object({
        ticket: z
          .object({
            severity: FieldName,
            ticketType: FieldName,
            region: FieldName,
            escalationOwner: FieldName,
            escalationLevel: FieldName,
            slaStatus: FieldName,
            partnerTier: FieldName,
            // the reply owed next (DOMAIN.md §5), always written: Desk's own responseDueDate only takes
            // null from a client (Ticket.json updateTicketRequest, enum ["null"]; issue #13)
            responseDue: FieldName.default('cf_response_due'),
            // optional custom fields that also carry the due dates (null: not written)
            firstResponseDue: FieldName.nullable().default(null),
            followUpDue: FieldName.nullable().default(null),
            determinationDue: FieldName.nullable().default(null),
          })
          .strict(),
        account: z
          .object({
            partnerTier: FieldName,
            partnerScore: FieldName,
            userLicenses: FieldName,
            country: FieldName,
            state: FieldName,
          })
          .strict(),
        contact: z.object({ country: FieldName, state: FieldName }).strict(),
        writeNativeDueDates: z.boolean().default(true),
      })
      .strict(),
    partnerScore: PartnerScorePolicy,
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const issue of consistencyIssues(p)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params })
  })

export type Policy = z.infer<typeof PolicySchema>
export type PolicyInput = z.input<typeof PolicySchema>
export type RegionPolicy = Policy['regions'][RegionName]

export interface ConsistencyIssue {
  code: 'custom'
  path: (string | number)[]
  message: string
  params?: { paths: (string | number)[][] }
}

/**
 * Rules across fields. Also run on a policy that failed the schema (each section guarded),
 * so an admin sees every problem of a file at once, not one per attempt.
 */
export function consistencyIssues(value: unknown): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = []
  const ctx = { addIssue: (i: ConsistencyIssue) => issues.push(i) }
  const policy = value as Policy
  for (const section of [checkTypes, checkConcepts, checkTiers, checkRegions, checkDeveloped, checkLevels]) {
    try {
      section(policy, ctx)
    } catch {
      // a section too broken to check: the schema has already said what is wrong with it
    }
  }
  return issues
}

type Ctx = { addIssue(i: ConsistencyIssue): void }

function checkTypes(policy: Policy, ctx: Ctx): void {
  const typeNames = new Set(policy.ticketTypes.map((t) => t.name))
  if (!typeNames.has(policy.defaultTicketType)) {
    ctx.addIssue({
      code: 'custom',
      path: ['defaultTicketType'],
      message: `"${policy.defaultTicketType}" is not one of ticketTypes (${[...typeNames].join(', ')})`,
    })
  }
  policy.ticketTypes.forEach((t, i) => {
    if (policy.ticketTypes.findIndex((u) => u.name === t.name) !== i) {
      ctx.addIssue({ code: 'custom', path: ['ticketTypes', i, 'name'], message: `ticket type "${t.name}" is listed twice` })
    }
  })
}

/** Every concept a rule, a type or the clock names exists; rule names are unique per team. */
function checkConcepts(policy: Policy, ctx: Ctx): void {
  const known = new Set(Object.keys(policy.concepts))
  const need = (name: string, path: (string | number)[]) => {
    if (!known.has(name)) ctx.addIssue({ code: 'custom', path, message: `"${name}" is not one of the concepts` })
  }
  for (const [name, c] of Object.entries(policy.concepts)) c.yieldsTo.forEach((other, k) => need(other, ['concepts', name, 'yieldsTo', k]))
  for (const list of CUE_LISTS) (policy.reading.yieldsTo[list] ?? []).forEach((other, k) => need(other, ['reading', 'yieldsTo', list, k]))
  policy.ticketTypes.forEach((t, i) => t.words.forEach((c, k) => need(c, ['ticketTypes', i, 'words', k])))
  policy.ticketTypes.forEach((t, i) => t.unless.forEach((c, k) => need(c, ['ticketTypes', i, 'unless', k])))
  policy.featureRequest.forEach((c, k) => need(c, ['featureRequest', k]))
  for (const key of ['concepts', 'orConcepts', 'unless', 'zohoDocuments'] as const) (policy.productDocuments[key] ?? []).forEach((c, k) => need(c, ['productDocuments', key, k]))
  policy.severity.firmHeadline.concepts.forEach((c, k) => need(c, ['severity', 'firmHeadline', 'concepts', k]))
  policy.severity.firmHeadline.unless.forEach((c, k) => need(c, ['severity', 'firmHeadline', 'unless', k]))
  policy.severity.firmHeadline.ignores.forEach((name, k) => {
    if (!TEAMS.some((team) => policy.severity.rules[team].some((o) => o.name === name))) ctx.addIssue({ code: 'custom', path: ['severity', 'firmHeadline', 'ignores', k], message: `"${name}" is not a severity rule` })
  })
  for (const team of TEAMS) {
    const rules = policy.severity.rules[team]
    rules.forEach((r, i) => {
      for (const key of ['concepts', 'unless', 'anywhere', 'unlessAnywhere', 'unlessInSentence'] as const) r[key].forEach((c, k) => need(c, ['severity', 'rules', team, i, key, k]))
      r.subjectYields.forEach((name, k) => {
        if (!rules.some((o) => o.name === name)) ctx.addIssue({ code: 'custom', path: ['severity', 'rules', team, i, 'subjectYields', k], message: `"${name}" is not a rule of ${team}` })
      })
      r.types.forEach((name, k) => {
        const t = policy.ticketTypes.find((x) => x.name === name)
        if (!t || t.team !== team) ctx.addIssue({ code: 'custom', path: ['severity', 'rules', team, i, 'types', k], message: `"${name}" is not a ticket type of ${team}` })
      })
      if (rules.findIndex((o) => o.name === r.name) !== i) {
        ctx.addIssue({ code: 'custom', path: ['severity', 'rules', team, i, 'name'], message: `rule "${r.name}" is listed twice for ${team}` })
      }
    })
  }
  policy.reading.forwards.noteRules.forEach((name, k) => {
    if (!TEAMS.some((team) => policy.severity.rules[team].some((o) => o.name === name))) ctx.addIssue({ code: 'custom', path: ['reading', 'forwards', 'noteRules', k], message: `"${name}" is not a severity rule` })
  })
  policy.severeMatter.supportRules.forEach((name, k) => {
    if (!policy.severity.rules.Support.some((r) => r.name === name)) {
      ctx.addIssue({ code: 'custom', path: ['severeMatter', 'supportRules', k], message: `"${name}" is not a severity rule of Support` })
    }
  })
  const allDay = policy.clock.allDay
  allDay.rules.forEach((name, k) => {
    if (!policy.severity.rules[allDay.team].some((r) => r.name === name)) {
      ctx.addIssue({ code: 'custom', path: ['clock', 'allDay', 'rules', k], message: `"${name}" is not a severity rule of ${allDay.team}` })
    }
  })
}

function checkTiers(policy: Policy, ctx: Ctx): void {
  // The partner score and the tier-from-score rule must draw the same lines.
  const score = policy.partnerScore.tiers
  const line = (tier: Tier) => policy.tiers.scoreThresholds.find((t) => t.tier === tier)?.greaterThan
  if (line('Premium') !== score.premiumAbove || line('Advanced') !== score.advancedAbove) {
    ctx.addIssue({
      code: 'custom',
      path: ['partnerScore', 'tiers'],
      message: `must match tiers.scoreThresholds (Premium > ${line('Premium')}, Advanced > ${line('Advanced')})`,
    })
  }
  if (new Set(policy.tiers.order).size !== 3) {
    ctx.addIssue({ code: 'custom', path: ['tiers', 'order'], message: 'each tier must appear once' })
  }
  const thresholds = policy.tiers.scoreThresholds
  for (let i = 1; i < thresholds.length; i++) {
    if (thresholds[i]!.greaterThan >= thresholds[i - 1]!.greaterThan) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', 'scoreThresholds', i, 'greaterThan'],
        message: 'score thresholds must go from the highest tier down, each lower than the one before',
      })
    }
  }
}

function checkRegions(policy: Policy, ctx: Ctx): void {
  const seen = new Map<string, { where: string; path: (string | number)[] }>()
  for (const [regionName, region] of Object.entries(policy.regions)) {
    const subs = region.subRegions
    if (!(region.defaultSubRegion in subs)) {
      ctx.addIssue({
        code: 'custom',
        path: ['regions', regionName, 'defaultSubRegion'],
        message: `"${region.defaultSubRegion}" is not a sub-region of ${regionName}`,
      })
    }
    const claim = (code: string, where: string, path: (string | number)[]) => {
      const before = seen.get(code)
      if (before) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `country ${code} is in two places: ${before.where} and ${where}`,
          params: { paths: [before.path, path] },
        })
      } else seen.set(code, { where, path })
    }
    for (const [subName, sub] of Object.entries(subs)) {
      sub.countries.forEach((code, i) =>
        claim(code, `${regionName} / ${subName}`, ['regions', regionName, 'subRegions', subName, 'countries', i]),
      )
    }
    for (const [code, division] of Object.entries(region.bySubdivision ?? {})) {
      claim(code, `${regionName} (by subdivision)`, ['regions', regionName, 'bySubdivision', code])
      if (!(division.default in subs)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', regionName, 'bySubdivision', code, 'default'],
          message: `"${division.default}" is not a sub-region of ${regionName}`,
        })
      }
      for (const name of Object.keys(division.subRegions)) {
        if (!(name in subs)) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', regionName, 'bySubdivision', code, 'subRegions', name],
            message: `"${name}" is not a sub-region of ${regionName}`,
          })
        }
      }
    }
  }
}

function checkDeveloped(policy: Policy, ctx: Ctx): void {
  const subs = Object.fromEntries(Object.entries(policy.regions).map(([name, r]) => [name, Object.keys(r.subRegions)]))
  for (const message of unknownDevelopedNames(policy.partnerScore, subs)) {
    const [path, text] = message.split(': ', 2) as [string, string]
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: text })
  }
}

function checkLevels(policy: Policy, ctx: Ctx): void {
  const levels = policy.escalation.levels
  levels.forEach((l, i) => {
    if (l.level !== i + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['escalation', 'levels', i, 'level'],
        message: `levels must be listed in order 1, 2, 3…; found ${l.level} at position ${i + 1}`,
      })
    }
    if (!(OWNER_ROLES as readonly string[]).includes(l.owner)) {
      ctx.addIssue({
        code: 'custom',
        path: ['escalation', 'levels', i, 'owner'],
        message: `owner must be one of ${OWNER_ROLES.join(', ')}`,
      })
    }
  })
}
