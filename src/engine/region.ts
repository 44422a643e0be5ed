// Region and sub-region of a ticket (DOMAIN.md §6) from a country (EN/DE/FR name or ISO code)
// and, for countries split by state, the state.
import { compilePolicy, type CompiledPolicy } from './compiled-policy.js'
import { countryCode } from './countries.js'
import type { Policy, RegionName } from './policy.js'
import { lookupKey } from './text.js'
import { PerPolicy } from './per-policy.js'

export interface RegionResult {
  region: RegionName
  subRegion: string
  countryCode: string | null
  /** true when no country was recognised and the policy's fallback region applies */
  fallback: boolean
  /** user licences from which an account here is a large account (DOMAIN.md §2) */
  largeAccountLicenses: number
  /** the region calendar's time zone */
  timeZone: string
  reasons: string[]
}

export interface PlaceCandidate {
  who: string // "account", "contact", "partner"…
  country: string | null | undefined
  state?: string | null | undefined
}

// Per policy, a tree of Maps keyed by each candidate's who, country and state in turn (no key
// string to build and hash per ticket); results at the leaves under RESULT.
type MemoNode = Map<string | typeof RESULT, MemoNode | RegionResult>
const RESULT = Symbol('result')
const memo = new PerPolicy<CompiledPolicy, { root: MemoNode; size: number }>(() => ({ root: new Map(), size: 0 }))

/**
 * The first candidate whose country is known decides; none known → the fallback region, flagged.
 * Results are memoised per policy and candidate list: accounts' countries repeat endlessly.
 */
export function resolveRegionCompiled(cp: CompiledPolicy, candidates: readonly PlaceCandidate[]): RegionResult {
  const cache = memo.get(cp)
  let node = cache.root
  for (const c of candidates) {
    node = stepCandidate(node, c)
    // kept where it was decided: the candidates after the one whose country decides do not matter
    const hit = node.get(RESULT) as RegionResult | undefined
    if (hit) return hit
  }
  const { decidedBy, ...found } = resolveUncached(cp, candidates)
  const region = cp.policy.regions[found.region]
  const result: RegionResult = {
    ...found,
    largeAccountLicenses: region.subRegions[found.subRegion]?.largeAccountLicenses ?? region.largeAccountLicenses,
    timeZone: region.calendar.timeZone,
  }
  Object.freeze(result.reasons)
  Object.freeze(result)
  if (decidedBy < 0) return result // no candidate: nothing to key it by (no caller passes none)
  if (cache.size >= 4096) {
    // full: start again (the path just walked is dropped with the rest)
    cache.root.clear()
    cache.size = 0
    return result
  }
  let at = cache.root
  for (let k = 0; k <= decidedBy; k++) at = stepCandidate(at, candidates[k]!)
  at.set(RESULT, result)
  cache.size++
  return result
}

/** The memo node under `node` for one candidate: by who, country and state in turn. */
function stepCandidate(node: MemoNode, c: PlaceCandidate): MemoNode {
  return step(step(step(node, c.who), c.country ?? ''), c.state ?? '')
}

function step(node: MemoNode, key: string): MemoNode {
  let next = node.get(key) as MemoNode | undefined
  if (!next) node.set(key, (next = new Map()))
  return next
}

/** The place, and the index of the last candidate it depends on (the one that decided, else the last). */
function resolveUncached(
  cp: CompiledPolicy,
  candidates: readonly PlaceCandidate[],
): Omit<RegionResult, 'largeAccountLicenses' | 'timeZone'> & { decidedBy: number } {
  const reasons: string[] = []
  for (let decidedBy = 0; decidedBy < candidates.length; decidedBy++) {
    const c = candidates[decidedBy]!
    if (!c.country || c.country.trim() === '') continue
    const code = countryCode(c.country, cp.countryAliases)
    if (!code) {
      reasons.push(`the ${c.who}'s country "${c.country}" is not a known country`)
      continue
    }
    const division = cp.subdivisions.get(code)
    if (division) {
      const stateKey = c.state ? lookupKey(c.state) : ''
      const sub = stateKey ? division.byState.get(stateKey) : undefined
      const subRegion = sub ?? division.defaultSubRegion
      reasons.push(
        sub
          ? `${division.region} / ${subRegion}: the ${c.who}'s country ${code}, state "${c.state}"`
          : `${division.region} / ${subRegion}: the ${c.who}'s country ${code}, ${c.state ? `unknown state "${c.state}"` : 'no state given'}`,
      )
      return { region: division.region, subRegion, countryCode: code, fallback: false, reasons, decidedBy }
    }
    const place = cp.countryPlace.get(code)
    if (place) {
      reasons.push(`${place.region} / ${place.subRegion}: the ${c.who}'s country "${c.country}" (${code})`)
      return { ...place, countryCode: code, fallback: false, reasons, decidedBy }
    }
    reasons.push(`the ${c.who}'s country ${code} is in no region of the policy`)
  }
  const region = cp.policy.fallbackRegion
  const subRegion = cp.policy.regions[region].defaultSubRegion
  reasons.push(`${region} / ${subRegion}: fallback region, no known country on the account or contact`)
  return { region, subRegion, countryCode: null, fallback: true, reasons, decidedBy: candidates.length - 1 }
}

export function resolveRegion(policy: Policy, country?: string | null, state?: string | null): RegionResult {
  return resolveRegionCompiled(compilePolicy(policy), [{ who: 'partner', country, state }])
}
