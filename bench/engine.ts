// `npm run bench:engine`: from one run, on one core, with the engine compiled as production runs it
// (the npm script bundles this file with esbuild first; under tsx every function would carry a
// name-keeping wrapper that production code does not have),
//  1. full computations per second: computeSla (parse + classify + targets + escalation) over a
//     fixed mix of tickets (bench/engine-mix.ts);
//  2. due dates per second: addWorkingTime over (calendar, start, duration) triples on 24x5 region
//     calendars and business-hours calendars, and the same due dates with moment-business-time
//     (bench/peer-moment.ts), their ratio, and whether both agree on every due date;
//  3. peak RSS.
// `--json` prints exactly one line: {"computesPerSecond", "dueDatesPerSecond", "peerDueDatesPerSecond",
// "ratio", "agree", "cases", …}. Not a test: nothing here asserts a timing.
// Options: --seed N, --cases N (compute mix), --due-dates N (due-date mix), --quick (short rounds).
import os from 'node:os'
import { addWorkingTime, compileCalendar, type Calendar } from '../src/engine/calendar.js'
import { classify } from '../src/engine/classify.js'
import { compilePolicy } from '../src/engine/compiled-policy.js'
import { computeSla, computeSlaDetail, parseComputeInput, targetsAndEscalation, type SlaResult } from '../src/engine/compute.js'
import type { ComputeInput } from '../src/engine/input.js'
import { buildTimeline } from '../src/engine/targets.js'
import { loadPolicy } from '../src/policy/load.js'
import { buildComputeMix, buildDueDateMix, DEFAULT_SEED, type DueDateMix } from './engine-mix.js'
import { compareDueDates, currentPeerLocale, peerCalendar, restorePeerLocale, type PeerCalendar } from './peer-moment.js'
import { benchOptions } from './args.js'

const opts = benchOptions('engine', {
  json: { type: 'boolean', default: false },
  quick: { type: 'boolean', default: false },
  seed: { type: 'string', default: String(DEFAULT_SEED) },
  cases: { type: 'string', default: '3000' },
  'due-dates': { type: 'string', default: '4000' },
})
const seed = Number(opts.seed)
const computeCount = Number(opts.cases)
const dueDateCount = Number(opts['due-dates'])
for (const [name, n] of [['seed', seed], ['cases', computeCount], ['due-dates', dueDateCount]] as const) {
  if (!Number.isInteger(n) || n < (name === 'seed' ? 0 : 1)) {
    console.error(`bench:engine: --${name} must be a ${name === 'seed' ? 'non-negative' : 'positive'} integer`)
    process.exit(2)
  }
}
const budget = opts.quick
  ? { warmupMs: 200, rounds: 3, roundMs: 200, peerRoundMs: 300 }
  : { warmupMs: 1500, rounds: 5, roundMs: 1200, peerRoundMs: 1500 }

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

let sink = 0 // results feed this so the JIT cannot drop the work

interface Rate {
  perSecond: number // median of the rounds
  min: number
  max: number
  rounds: number
}

/** Runs `pass` (opsPerPass operations) for warm-up, then `rounds` rounds of at least `roundMs` each. */
function measure(pass: () => number, opsPerPass: number, o: { warmupMs: number; rounds: number; roundMs: number }): Rate {
  const until = performance.now() + o.warmupMs
  while (performance.now() < until) sink ^= pass() | 0
  const rates: number[] = []
  for (let r = 0; r < o.rounds; r++) {
    let ops = 0
    const t0 = performance.now()
    let t1 = t0
    do {
      sink ^= pass() | 0
      ops += opsPerPass
      t1 = performance.now()
    } while (t1 - t0 < o.roundMs)
    rates.push((ops * 1000) / (t1 - t0))
  }
  rates.sort((a, b) => a - b)
  return { perSecond: rates[Math.floor(rates.length / 2)]!, min: rates[0]!, max: rates[rates.length - 1]!, rounds: rates.length }
}

// ---------------------------------------------------------------------------------------------
// 1. Full computations
// ---------------------------------------------------------------------------------------------

type MixEntry = Pick<SlaResult, 'region' | 'clock' | 'team' | 'severity' | 'tier' | 'priorityAccount' | 'exempt'> & { level: number }

function mixEntry(r: SlaResult): MixEntry {
  return { region: r.region, clock: r.clock, team: r.team, severity: r.severity, tier: r.tier, priorityAccount: r.priorityAccount, exempt: r.exempt, level: r.escalation.level }
}

const { policy } = await loadPolicy({ env: {} })
const computeMix = buildComputeMix({ seed, count: computeCount })

// One untimed pass: every case must compute, and the mix's make-up is reported.
// Only the make-up is kept, in small objects of the bench's own: holding 3,000 whole results
// (with their reasons) teaches V8 that what computeSla allocates lives long, and it then
// allocates those objects straight in the old generation for the rest of the run (pretenuring),
// which costs the timed loop about a third of its speed. The pipeline never holds results.
const results: MixEntry[] = []
const failures: string[] = []
for (const [i, c] of computeMix.entries()) {
  try {
    results.push(mixEntry(computeSla(policy, c.input, c.now)))
  } catch (err) {
    failures.push(`case ${i}: ${(err as Error).message}`)
  }
}
if (failures.length > 0) {
  console.error(`bench:engine: ${failures.length} of ${computeMix.length} cases failed to compute, first: ${failures[0]}`)
  process.exit(1)
}

const computeRate = measure(
  () => {
    let s = 0
    for (let i = 0; i < computeMix.length; i++) s += computeSla(policy, computeMix[i]!.input, computeMix[i]!.now).escalation.level
    return s
  },
  computeMix.length,
  budget,
)

// Where the time of a computation goes, stage by stage (table mode only).
interface Split {
  stage: string
  perCallUs: number
}

function stageSplit(): Split[] {
  const cp = compilePolicy(policy)
  const parsed: ComputeInput[] = computeMix.map((c) => parseComputeInput(c.input))
  const classified = parsed.map((p) => classify(cp, p.ticket, p.account, p.contact))
  const calendars = classified.map((c) => {
    const cals = cp.calendars.get(c.region)!
    return c.clock === '24x7' ? cals.allDay : cals.workweek
  })
  const n = computeMix.length
  const small = { warmupMs: opts.quick ? 100 : 300, rounds: 3, roundMs: opts.quick ? 100 : 300 }
  const us = (fn: () => number) => 1e6 / measure(fn, n, small).perSecond
  const stages: Split[] = [
    {
      stage: 'read input (schema, ISO dates)',
      perCallUs: us(() => {
        let s = 0
        for (let i = 0; i < n; i++) s += parseComputeInput(computeMix[i]!.input).ticket.createdTime
        return s
      }),
    },
    {
      stage: 'classify (template, own words, tier, region)',
      perCallUs: us(() => {
        let s = 0
        for (let i = 0; i < n; i++) s += classify(cp, parsed[i]!.ticket, parsed[i]!.account, parsed[i]!.contact).severity
        return s
      }),
    },
    {
      stage: 'timeline, targets and escalation (one calendar walk)',
      perCallUs: us(() => {
        let s = 0
        for (let i = 0; i < n; i++) {
          const p = parsed[i]!
          const now = p.now ?? computeMix[i]!.now
          const tl = buildTimeline(p.ticket, p.threads ?? [], p.statusHistory ?? [], now)
          s += targetsAndEscalation(policy, classified[i]!, calendars[i]!, tl, now).escalation.level
        }
        return s
      }),
    },
    {
      stage: 'computeSlaDetail on parsed input (all but parsing)',
      perCallUs: us(() => {
        let s = 0
        for (let i = 0; i < n; i++) s += computeSlaDetail(policy, parsed[i]!, computeMix[i]!.now).escalation.level
        return s
      }),
    },
  ]
  return stages
}

// ---------------------------------------------------------------------------------------------
// 2. Due dates: ours and the peer's
// ---------------------------------------------------------------------------------------------

const dueMix: DueDateMix = buildDueDateMix(policy, { seed, count: dueDateCount })
const ours: Calendar[] = dueMix.calendars.map((c) => compileCalendar(c.spec))
const peerLocaleBefore = currentPeerLocale()
const peers: PeerCalendar[] = dueMix.calendars.map((c) => peerCalendar(c.spec))
const n = dueMix.cases.length
const calIndex = Int32Array.from(dueMix.cases, (c) => c.calendar)
const starts = Float64Array.from(dueMix.cases, (c) => c.start)
const durations = Float64Array.from(dueMix.cases, (c) => c.durationMs)

function oursPass(): number {
  let s = 0
  for (let i = 0; i < n; i++) s += addWorkingTime(ours[calIndex[i]!]!, starts[i]!, durations[i]!)
  return s
}

function peerPass(): number {
  let s = 0
  for (let i = 0; i < n; i++) s += peers[calIndex[i]!]!.addWorkingTime(starts[i]!, durations[i]!)
  return s
}

// Agreement, untimed: every due date of the mix from both.
interface Disagreement {
  calendar: string
  start: string
  durationMinutes: number
  ours: string
  peer: string
  deltaMs: number
  workingDeltaMs: number
}
const disagreements: Disagreement[] = []
let exactChecked = 0
let standInChecked = 0
let maxStandInDrift = 0
let minStandInDrift = Infinity
for (let i = 0; i < n; i++) {
  const c = dueMix.cases[i]!
  const a = addWorkingTime(ours[c.calendar]!, c.start, c.durationMs)
  const b = peers[c.calendar]!.addWorkingTime(c.start, c.durationMs)
  const standIn = peers[c.calendar]!.midnightStandIn
  const cmp = compareDueDates(ours[c.calendar]!, standIn, a, b)
  if (standIn) {
    standInChecked++
    maxStandInDrift = Math.max(maxStandInDrift, cmp.workingDeltaMs)
    minStandInDrift = Math.min(minStandInDrift, cmp.workingDeltaMs)
  } else exactChecked++
  if (!cmp.agree) {
    disagreements.push({
      calendar: dueMix.calendars[c.calendar]!.name,
      start: new Date(c.start).toISOString(),
      durationMinutes: c.durationMs / 60_000,
      ours: new Date(a).toISOString(),
      peer: new Date(b).toISOString(),
      deltaMs: cmp.deltaMs,
      workingDeltaMs: cmp.workingDeltaMs,
    })
  }
}

const oursRate = measure(oursPass, n, budget)
// The agreement pass above already warmed both; the peer's passes are long, so it gets no more.
const peerRate = measure(peerPass, n, { warmupMs: 0, rounds: 3, roundMs: budget.peerRoundMs })
restorePeerLocale(peerLocaleBefore)
const ratio = oursRate.perSecond / peerRate.perSecond
const agree = disagreements.length === 0
const peakRssMb = process.resourceUsage().maxRSS / 1024

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const round = (x: number, digits = 0) => Number(x.toFixed(digits))

if (opts.json) {
  console.log(
    JSON.stringify({
      computesPerSecond: round(computeRate.perSecond),
      dueDatesPerSecond: round(oursRate.perSecond),
      peerDueDatesPerSecond: round(peerRate.perSecond),
      ratio: round(ratio, 1),
      agree,
      cases: computeMix.length,
      dueDateCases: n,
      peakRssMb: round(peakRssMb, 1),
    }),
  )
} else {
  const split = stageSplit()
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US')
  const count = <T>(items: readonly T[], key: (t: T) => string) => {
    const m = new Map<string, number>()
    for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1)
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const rateLine = (label: string, r: Rate, extra = '') =>
    `  ${label.padEnd(58)} ${fmt(r.perSecond).padStart(12)} /s   (median of ${r.rounds}, ${fmt(r.min)}–${fmt(r.max)})${extra}`
  const out: string[] = []
  out.push(`desk-sla engine benchmark — node ${process.version}, ${cpu}, one core, compiled engine, seed ${seed}`)
  out.push('')
  out.push(`compute mix: ${computeMix.length} tickets`)
  out.push(`  regions:   ${count(results, (r) => r.region)}`)
  out.push(`  clocks:    ${count(results, (r) => r.clock)};  teams: ${count(results, (r) => r.team)};  severities: ${count(results, (r) => `S${r.severity}`)}`)
  out.push(`  tiers:     ${count(results, (r) => r.tier)};  large accounts ${results.filter((r) => r.priorityAccount).length};  exempt ${results.filter((r) => r.exempt).length}`)
  out.push(`  created:   ${count(computeMix, (c) => c.tags.when)}`)
  out.push(`  on hold:   ${count(computeMix, (c) => c.tags.onHold)};  closed: ${count(computeMix, (c) => c.tags.closed)};  with threads ${computeMix.filter((c) => c.tags.threads > 0).length}`)
  out.push(`  escalation levels: ${count(results, (r) => `L${r.level}`)}`)
  out.push('')
  out.push(rateLine('full computations (computeSla)', computeRate, computeRate.perSecond >= 50_000 ? '   floor ≥ 50,000/s: met' : '   floor ≥ 50,000/s: NOT met'))
  out.push('  where a computation spends its time (µs per ticket, measured stage by stage):')
  for (const s of split) out.push(`    ${s.stage.padEnd(56)} ${s.perCallUs.toFixed(2).padStart(8)} µs`)
  out.push('')
  out.push(`due-date mix: ${n} (calendar, start, duration) triples on ${dueMix.calendars.length} calendars`)
  out.push(`  24x5:      ${dueMix.calendars.filter((c) => c.kind === '24x5').map((c) => c.spec.timeZone).join(', ')}`)
  out.push(`  business:  ${dueMix.calendars.filter((c) => c.kind === 'business').map((c) => c.name).join('; ')}`)
  out.push(`  starts:    ${count(dueMix.cases, (c) => c.when)}`)
  out.push(rateLine('due dates, our calendar (addWorkingTime)', oursRate))
  out.push(rateLine('due dates, moment-business-time + moment-timezone', peerRate))
  out.push(`  ${'ratio ours / peer'.padEnd(58)} ${ratio.toFixed(1).padStart(12)} x    ${ratio >= 50 ? 'target ≥ 50x: met' : 'target ≥ 50x: NOT met'}`)
  out.push(
    `  agreement: ${n - disagreements.length}/${n} due dates agree — business hours exact to the ms: ${exactChecked - disagreements.filter((d) => !d.calendar.startsWith('24x5')).length}/${exactChecked}; ` +
      `24x5 within one working minute: ${standInChecked - disagreements.filter((d) => d.calendar.startsWith('24x5')).length}/${standInChecked}` +
      (standInChecked > 0 ? ` (the peer's 23:59:59 stand-in puts it ${fmt(minStandInDrift / 1000)}–${fmt(maxStandInDrift / 1000)} s of working time later)` : ''),
  )
  for (const d of disagreements.slice(0, 5)) {
    out.push(`    DISAGREE ${d.calendar}: start ${d.start} + ${d.durationMinutes} min → ours ${d.ours}, peer ${d.peer} (Δ ${d.deltaMs} ms, ${d.workingDeltaMs} ms working)`)
  }
  out.push('')
  out.push(`peak RSS ${peakRssMb.toFixed(1)} MB`)
  console.log(out.join('\n'))
}
if (sink === 0.5) console.log('') // never true; keeps `sink` observable
