// A validated policy turned into the lookup tables and matchers the classifier uses on every
// ticket. Built once per policy object (memoised), so a computation pays only for lookups.
import { allDayCalendar, compileCalendar, type Calendar } from './calendar.js'
import type { Language, Policy, RegionName, Severity, SeverityRule, Team, Tier } from './policy.js'
import { LANGUAGES, REGION_NAMES, TEAMS } from './policy.js'
import { fold, isWordUnit, lookupKey, WordTrie, words } from './text.js'
import { US_STATES } from './us-states.js'
import { PerPolicy } from './per-policy.js'
import { guessLanguage, isStopWord } from './impl/languages.js'
import { wordTable, type WordTable } from './impl/memo.js'
import { ownTextRules, type OwnTextRules } from './impl/own-text.js'
import type { CompiledRule } from './impl/rules.js'

export interface SubdivisionTable {
  region: RegionName
  defaultSubRegion: string
  byState: Map<string, string> // folded state code or name -> sub-region
}

export interface TemplateLabel {
  field: keyof Policy['template']['fields']
  label: string
}

/** Every template field's slot: where the classifier keeps its value while reading a ticket. */
export const TEMPLATE_SLOTS = {
  customerEmail: 0,
  type: 1,
  reproducible: 2,
  product: 3,
  description: 4,
  troubleshooting: 5,
  screenshots: 6,
  severity: 7,
} as const satisfies Record<TemplateLabel['field'], number>

export interface LabelMatcher extends TemplateLabel {
  /** TEMPLATE_SLOTS[field] */
  slot: number
  /** sticky: the label as written in any spacing, then its separator */
  re: RegExp
  /** the label folded as configured (no trailing "?"): text starting with it needs no regex */
  canonical: string
  /** its letters and digits alone: text whose letters and digits do not begin so cannot match `re` */
  skeleton: string
  /** how many codes of `canonical` its first word is (0 when the canonical does not begin with it) */
  lead: number
}

/** A severity rule of the policy with its concepts as vocabulary indices. */
export interface CompiledSeverityRule extends CompiledRule {
  team: Team
  severity: Severity
  /** the ticket types it reads (empty: all of its team's) */
  types: readonly string[]
  /** the rules (of its team) that, matched in the text, set aside its match in the subject alone */
  subjectYields: readonly string[]
  source: SeverityRule
}

/** A ticket type with the concepts that name it in the partner's words. */
export interface TypeWords {
  type: Policy['ticketTypes'][number]
  concepts: readonly number[]
  /** concepts that, right beside one of the type's words, say it names something else ("session expired") */
  unless: readonly number[]
}

export interface CompiledPolicy {
  policy: Policy
  countryAliases: Map<string, string>
  countryPlace: Map<string, { region: RegionName; subRegion: string }>
  subdivisions: Map<string, SubdivisionTable>
  calendars: Map<RegionName, { workweek: Calendar; allDay: Calendar }>
  typeByLabel: Map<string, Policy['ticketTypes'][number]>
  typeByName: Map<string, Policy['ticketTypes'][number]>
  /** the concepts' words, and what each written word is (memoised) */
  words: WordTable
  /** what is not the partner's own words (quotes, signatures) */
  ownText: OwnTextRules
  /** severity rules per team, most severe first, then in the policy's order */
  severityRules: Record<Team, readonly CompiledSeverityRule[]>
  /**
   * By team, each severity rule's first concept (-1 for a rule of none), in the rules' order: the quick
   * no of impl/rules.ts mayMatch for the loop over all rules (severity.ts), read side by side instead of
   * from each rule
   */
  severityRuleLeads: Record<Team, Int32Array>
  /** the rules whose match puts a ticket of clock.allDay's team and severity on the 24x7 clock */
  allDayRules: ReadonlySet<string>
  /** policy.severeMatter.supportRules */
  severeSupportRules: readonly CompiledSeverityRule[]
  /** ticket types with words, in the policy's order (the order breaks ties) */
  typeWords: readonly TypeWords[]
  /** by concept: the places in typeWords of the types it names (most concepts name none) */
  typesByConcept: readonly (readonly number[])[]
  /** by concept: whether it can decide something (a severity rule's, a type's or a feature request's concept) */
  decisive: readonly boolean[]
  /** by concept: whether a question (`reading.questions`) holds a mention of it, a trouble Support's rules of severity 1 or 2 read */
  questionReaches: readonly boolean[]
  /** by concept: whether, in a subject that asks nothing, it makes the subject a report (policy.severity.firmHeadline) */
  firmHeadline: readonly boolean[]
  /** the rules a firm headline's match does not yield to (policy.severity.firmHeadline.ignores) */
  firmHeadlineIgnores: ReadonlySet<string>
  /** by concept: whether a mention of it anywhere makes no headline firm (policy.severity.firmHeadline.unless) */
  firmHeadlineUnless: readonly boolean[]
  /** by concept: whether a mention of it alone decides something (a type's word, a feature request, a one-concept rule's) */
  decidesAlone: readonly boolean[]
  /** the concepts of each severity rule (of either team) that names more than one: all of them named, it may decide */
  ruleConceptSets: readonly (readonly number[])[]
  /**
   * by place in ruleConceptSets: whether every rule of those concepts says only how far a trouble reaches or what it costs
   * (policy.reading.forwards.noteRules); by concept, whether it decides alone only as such a rule's one concept
   */
  noteConceptSets: readonly boolean[]
  noteAlone: readonly boolean[]
  /** the concepts that ask for a new feature */
  featureConcepts: readonly number[]
  /** policy.productDocuments as concept indices */
  productDocuments: { concepts: readonly number[]; symptomRules: readonly CompiledSeverityRule[]; orConcepts: readonly number[]; unless: readonly number[]; zohoDocuments: readonly number[] }
  /** the language of each template label, as configured */
  labelLanguage: ReadonlyMap<string, Language | undefined>
  /** severity names a severity line of the description may use (DOMAIN.md's "critical", "moderate", "minimal") */
  severityNames: Map<string, Severity>
  /** the same and the names only the Desk severity field may hold ("High", "Low") */
  severityFieldNames: Map<string, Severity>
  tierByAlias: Map<string, Tier>
  /** template labels by their first word (a trie node), each with a sticky regex matching label and separator */
  labelFirstWords: WordTrie
  labelsAtNode: LabelMatcher[][]
  labelByGroup: TemplateLabel[]
  /** any severity label's first word, folded: a cheap test before the severity-line regex */
  severityLabelStart: RegExp
  /** template labels by lookupKey, for custom fields named after a label */
  labelByKey: Map<string, TemplateLabel>
  answerYes: Set<string>
  answerNo: Set<string>
  /** a template value's answer that nothing was done or applies ("none", "keine", "aucune"): read as no negation of what follows it */
  answerNone: Set<string>
  severityLine: RegExp
}

const cache = new PerPolicy<Policy, CompiledPolicy>(build)

export function compilePolicy(policy: Policy): CompiledPolicy {
  return cache.get(policy)
}

function build(policy: Policy): CompiledPolicy {
  const countryAliases = new Map<string, string>()
  for (const [name, code] of Object.entries(policy.countryAliases)) countryAliases.set(lookupKey(name), code)

  const countryPlace = new Map<string, { region: RegionName; subRegion: string }>()
  const subdivisions = new Map<string, SubdivisionTable>()
  const calendars = new Map<RegionName, { workweek: Calendar; allDay: Calendar }>()
  for (const region of REGION_NAMES) {
    const r = policy.regions[region]
    for (const [subRegion, sub] of Object.entries(r.subRegions)) {
      for (const code of sub.countries) countryPlace.set(code, { region, subRegion })
    }
    for (const [code, division] of Object.entries(r.bySubdivision ?? {})) {
      const byState = new Map<string, string>()
      for (const [subRegion, states] of Object.entries(division.subRegions)) {
        for (const state of states) {
          byState.set(lookupKey(state), subRegion)
          const name = code === 'US' ? US_STATES[state.toUpperCase()] : undefined
          if (name) byState.set(lookupKey(name), subRegion)
        }
      }
      subdivisions.set(code, { region, defaultSubRegion: division.default, byState })
    }
    calendars.set(region, {
      workweek: compileCalendar(r.calendar),
      allDay: allDayCalendar(r.calendar.timeZone),
    })
  }

  const typeByLabel = new Map<string, Policy['ticketTypes'][number]>()
  const typeByName = new Map<string, Policy['ticketTypes'][number]>()
  for (const t of policy.ticketTypes) {
    typeByName.set(t.name, t)
    for (const label of [t.name, ...t.labels]) {
      const key = lookupKey(label)
      if (!typeByLabel.has(key)) typeByLabel.set(key, t)
    }
  }

  const table = wordTable(policy)
  const conceptIndex = (name: string) => table.vocabulary.conceptIndex.get(name)!
  const severityRules = {} as Record<Team, CompiledSeverityRule[]>
  // (a hedge between a rule's words, the frame that carries an error's words, "a page saying", or the words of an ability,
  // "have been able to", take no room in its window)
  const padding = ['hedge', 'message frame', 'ability frame'].map((c) => table.vocabulary.conceptIndex.get(c)).filter((i): i is number => i !== undefined)
  for (const team of TEAMS) {
    severityRules[team] = policy.severity.rules[team].map((r) => ({
      name: r.name,
      team,
      severity: r.severity,
      concepts: r.concepts.map(conceptIndex),
      window: r.window,
      unless: r.unless.map(conceptIndex),
      anywhere: r.anywhere.map(conceptIndex),
      unlessAnywhere: r.unlessAnywhere.map(conceptIndex),
      unlessInSentence: r.unlessInSentence.map(conceptIndex),
      padding,
      types: r.types,
      subjectYields: r.subjectYields,
      source: r,
    }))
    severityRules[team].sort((a, b) => a.severity - b.severity) // (a stable sort: the policy's order within a severity)
  }
  const typeWords = policy.ticketTypes.filter((t) => t.words.length > 0).map((type) => ({ type, concepts: type.words.map(conceptIndex), unless: type.unless.map(conceptIndex) }))
  const decisiveNames = new Set([
    ...TEAMS.flatMap((team) => policy.severity.rules[team].flatMap((r) => r.concepts)),
    ...policy.ticketTypes.flatMap((t) => t.words),
    ...policy.featureRequest,
  ])
  const decisive = table.vocabulary.concepts.map((c) => decisiveNames.has(c.name))
  // (round 108) what a question asks about (`reading.questions`): the troubles Support's rules of severity 1 or 2 read, not
  // the matter the ticket is about (a type's word, a feature request, a cancellation) nor a qualifier ("downtime window")
  const askedNames = new Set(policy.severity.rules.Support.filter((r) => r.severity <= 2).flatMap((r) => r.concepts))
  for (const name of policy.featureRequest) askedNames.delete(name)
  const questionReaches = table.vocabulary.concepts.map((c) => askedNames.has(c.name))
  const firmNames = new Set(policy.severity.firmHeadline.concepts)
  const firmHeadline = table.vocabulary.concepts.map((c) => firmNames.has(c.name))
  const firmUnless = new Set(policy.severity.firmHeadline.unless)
  const firmHeadlineUnless = table.vocabulary.concepts.map((c) => firmUnless.has(c.name))
  const aloneNames = new Set([
    ...TEAMS.flatMap((team) => policy.severity.rules[team].filter((r) => new Set(r.concepts).size === 1).map((r) => r.concepts[0]!)),
    ...policy.ticketTypes.flatMap((t) => t.words),
    ...policy.featureRequest,
  ])
  const decidesAlone = table.vocabulary.concepts.map((c) => aloneNames.has(c.name))
  const conceptSetKey = (r: { concepts: readonly string[] }) => [...new Set(r.concepts)].sort().join('\u0000')
  const severalConcepts = TEAMS.flatMap((team) => policy.severity.rules[team]).filter((r) => new Set(r.concepts).size > 1)
  const ruleConceptSetsByKey = new Map(severalConcepts.map((r) => [conceptSetKey(r), [...new Set(r.concepts)].map(conceptIndex)] as const))
  const ruleConceptSets = [...ruleConceptSetsByKey.values()]
  const noteRules = new Set(policy.reading.forwards.noteRules)
  const noteConceptSets = [...ruleConceptSetsByKey.keys()].map((key) => severalConcepts.every((r) => conceptSetKey(r) !== key || noteRules.has(r.name)))
  const oneConcept = TEAMS.flatMap((team) => policy.severity.rules[team]).filter((r) => new Set(r.concepts).size === 1)
  const aloneOtherwise = new Set([...oneConcept.filter((r) => !noteRules.has(r.name)).map((r) => r.concepts[0]!), ...policy.ticketTypes.flatMap((t) => t.words), ...policy.featureRequest])
  const noteAlone = table.vocabulary.concepts.map((c) => aloneNames.has(c.name) && !aloneOtherwise.has(c.name))
  const typesByConcept = table.vocabulary.concepts.map((_, concept) => typeWords.flatMap((t, order) => (t.concepts.includes(concept) ? [order] : [])))
  const severityNames = new Map<string, Severity>()
  for (const sev of [1, 2, 3] as const) {
    for (const name of policy.severity.names[sev]) severityNames.set(lookupKey(name), sev)
  }
  const severityFieldNames = new Map(severityNames)
  for (const sev of [1, 2, 3] as const) {
    for (const name of policy.severity.fieldNames[sev]) if (!severityFieldNames.has(lookupKey(name))) severityFieldNames.set(lookupKey(name), sev)
  }

  const tierByAlias = new Map<string, Tier>()
  for (const tier of ['Authorized', 'Advanced', 'Premium'] as const) {
    tierByAlias.set(lookupKey(tier), tier)
    for (const alias of policy.tiers.aliases[tier]) tierByAlias.set(lookupKey(alias), tier)
  }

  // Template labels: found at the start of a line (after optional bullets, numbering or
  // markdown emphasis), looked up by their first word, longest label first.
  const labelByGroup: TemplateLabel[] = []
  const labelFirstWords = new WordTrie()
  const labelsAtNode: LabelMatcher[][] = []
  const fields = policy.template.fields
  const ordered = (Object.keys(fields) as (keyof typeof fields)[])
    .flatMap((field) => fields[field].map((label) => ({ field, label })))
    .sort((a, b) => b.label.length - a.label.length) // longest first: "Description of the issue" before "Description"
  for (const entry of ordered) {
    labelByGroup.push(entry)
    const first = words(fold(entry.label))[0]
    if (!first) continue
    const re = new RegExp(`${labelSource(entry.label)}[ \\t]*[*_]*[ \\t]*(?:[:：=]|[-–—](?=\\s))?`, 'y')
    const canonical = fold(entry.label).trim().replace(/\s*\?$/, '')
    let skeleton = ''
    for (let k = 0; k < canonical.length; k++) if (isWordUnit(canonical.charCodeAt(k))) skeleton += canonical[k]
    const lead = canonical.startsWith(first) ? first.length : 0
    ;(labelsAtNode[labelFirstWords.add(first)] ??= []).push({ ...entry, slot: TEMPLATE_SLOTS[entry.field], re, canonical, skeleton, lead })
  }
  const severityLabels = fields.severity.map(labelSource)
  // A severity line: the label where a line or a sentence starts ("CRM is down. Severity: 1"), past
  // bullets and emphasis ("Niveau de gravité : 2", "Level of severity: 2"); not inside a sentence
  // ("this is not a severity 1 issue").
  // It takes 1–3 or DOMAIN.md's names of the levels ("Niveau de gravité : modérée"), followed by the line's end,
  // a separator, a bracket, a stop or a level's name: "Severity 1 tickets should be answered within 3 hours"
  // names severity 1 in a sentence, no value.
  const levelNames = [1, 2, 3].flatMap((sev) => policy.severity.names[sev as 1 | 2 | 3].map((n) => escape(fold(n).trim())))
  const severityLine = new RegExp(
    `(?<=(?:^|[\\n.!?;|])[\\s*_#>•·\\-]*(?:(?:level|niveau|degree|degre|grad)\\s+(?:of\\s+|de\\s+|d'|der\\s+)?)?)(?:${severityLabels.join('|')})(?:\\s*(?:level|stufe|niveau))?[\\s*_]*[:：=\\-–]?[\\s*_]*(?:sev(?:erity)?|s|p)?[\\s.]*([1-3]${levelNames.map((n) => `|${n}`).join('')})(?![\\p{L}\\p{N}])(?=[\\s*_]*(?:$|[\\n\\-\u2013\u2014(\\[:,;/.!?|]|(?:${levelNames.join('|')})(?![\\p{L}\\p{N}])))`,
    'u',
  )

  return {
    policy,
    countryAliases,
    countryPlace,
    subdivisions,
    calendars,
    typeByLabel,
    typeByName,
    words: table,
    ownText: ownTextRules(policy),
    severityRules,
    severityRuleLeads: { Support: ruleLeads(severityRules.Support), Operations: ruleLeads(severityRules.Operations) },
    allDayRules: new Set(policy.clock.allDay.rules),
    severeSupportRules: severityRules.Support.filter((r) => policy.severeMatter.supportRules.includes(r.name)),
    typeWords,
    typesByConcept,
    decisive,
    firmHeadline,
    firmHeadlineIgnores: new Set(policy.severity.firmHeadline.ignores),
    firmHeadlineUnless,
    questionReaches,
    decidesAlone,
    ruleConceptSets,
    noteConceptSets,
    noteAlone,
    featureConcepts: policy.featureRequest.map(conceptIndex),
    productDocuments: {
      concepts: policy.productDocuments.concepts.map(conceptIndex),
      symptomRules: severityRules.Support.filter((r) => r.severity <= policy.productDocuments.supportSeverity),
      orConcepts: policy.productDocuments.orConcepts.map(conceptIndex),
      unless: policy.productDocuments.unless.map(conceptIndex),
      zohoDocuments: (policy.productDocuments.zohoDocuments ?? policy.productDocuments.concepts).map(conceptIndex),
    },
    labelLanguage: new Map(labelByGroup.map((entry) => [entry.label, labelLanguageOf(entry.label)])),
    severityNames,
    severityFieldNames,
    tierByAlias,
    labelFirstWords,
    labelsAtNode,
    labelByGroup,
    severityLabelStart: new RegExp([...new Set(fields.severity.map((l) => escape(words(fold(l))[0] ?? '')))].join('|')),
    labelByKey: new Map(labelByGroup.map((entry) => [lookupKey(entry.label), entry])),
    answerYes: new Set(policy.template.answers.yes.map(lookupKey)),
    answerNo: new Set(policy.template.answers.no.map(lookupKey)),
    answerNone: new Set((policy.template.answers.none ?? []).map(lookupKey)),
    severityLine,
  }
}

/** The language a template label is written in: its stop words', else franc's guess. */
function labelLanguageOf(label: string): Language | undefined {
  const counts = LANGUAGES.map((language) => words(fold(label)).filter((w) => isStopWord(language, w)).length)
  const most = Math.max(...counts)
  if (most > 0 && counts.filter((c) => c === most).length === 1) return LANGUAGES[counts.indexOf(most)]
  return guessLanguage(label)
}

/** A label as a regex over folded text: flexible spacing around punctuation, trailing "?" optional. */
function labelSource(label: string): string {
  const folded = fold(label).trim().replace(/\s*\?$/, '')
  const tokens = folded.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/gu) ?? []
  let out = ''
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const isWord = /[\p{L}\p{N}]/u.test(t)
    const prevWord = i > 0 && /[\p{L}\p{N}]/u.test(tokens[i - 1]!)
    if (i > 0) out += isWord && prevWord ? '\\s+' : '\\s*'
    out += isWord ? t : t === '-' || t === "'" ? `${escape(t)}?` : escape(t)
  }
  return `${out}(?:\\s*\\?)?`
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function ruleLeads(rules: readonly CompiledSeverityRule[]): Int32Array {
  return Int32Array.from(rules, (r) => (r.concepts.length === 0 ? -1 : r.concepts[0]!))
}
