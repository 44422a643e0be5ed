// Public holidays (type 'public' only) from the date-holidays package, as day counts
// since 1970-01-01, computed once per (country, state, year) and shared by all calendars.
import Holidays from 'date-holidays'
import { EngineError } from './errors.js'
import { parseLocalDate } from './calendar-spec.js'

export interface PublicHolidayRegion {
  readonly country: string
  readonly state?: string
}

const MAX_CACHED_YEARS = 512
const byRegionYear = new Map<string, ReadonlySet<number>>()
const byRegion = new Map<string, Holidays>()
let probe: Holidays | undefined

/** Upper-cased region, checked against the package's list; throws SLA_BAD_INPUT when unknown. */
export function checkPublicHolidayRegion(region: PublicHolidayRegion): PublicHolidayRegion {
  probe ??= new Holidays()
  const country = region.country.toUpperCase()
  const state = region.state?.toUpperCase()
  if (!(country in probe.getCountries())) {
    throw new EngineError('SLA_BAD_INPUT', `publicHolidays: unknown country "${region.country}"`, { country: region.country })
  }
  if (state !== undefined && !(state in (probe.getStates(country) ?? {}))) {
    throw new EngineError('SLA_BAD_INPUT', `publicHolidays: unknown state "${region.state}" of "${country}"`, {
      country,
      state: region.state,
    })
  }
  return state === undefined ? { country } : { country, state }
}

/** Local dates (days since 1970-01-01) of the public holidays of `year` in a checked region. */
export function publicHolidayDays(region: PublicHolidayRegion, year: number): ReadonlySet<number> {
  const key = `${region.country}/${region.state ?? ''}/${year}`
  const hit = byRegionYear.get(key)
  if (hit) return hit
  const regionKey = `${region.country}/${region.state ?? ''}`
  let hd = byRegion.get(regionKey)
  if (!hd) {
    hd = region.state === undefined ? new Holidays(region.country) : new Holidays(region.country, region.state)
    byRegion.set(regionKey, hd)
  }
  const days = new Set<number>()
  for (const h of hd.getHolidays(year) || []) {
    if (h.type !== 'public') continue
    // h.date is "YYYY-MM-DD hh:mm:ss": the holiday's local date in its own country.
    const day = parseLocalDate(h.date.slice(0, 10))
    if (day !== undefined) days.add(day)
  }
  if (byRegionYear.size >= MAX_CACHED_YEARS) byRegionYear.clear()
  byRegionYear.set(key, days)
  return days
}
