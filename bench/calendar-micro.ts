// Micro-benchmark: ns per addWorkingTime call on a warm (cached) calendar, and its ratio
// to plain addition measured in the same run.
// Run: node --import tsx bench/calendar-micro.ts
import { addWorkingTime, allDayCalendar, compileCalendar, workingTimeBetween } from '../src/engine/calendar.js'

const H = 3_600_000
const london = compileCalendar({ timeZone: 'Europe/London' })
const business = compileCalendar({
  timeZone: 'America/New_York',
  hours: { mon: ['09:00-12:00', '13:00-17:00'], tue: ['09:00-17:30'], wed: ['09:00-17:30'], thu: ['09:00-17:30'], fri: ['09:00-17:30'] },
})
const clock = allDayCalendar('Europe/London')

// Starts spread over two months so the walk crosses weekends; durations as in the SLA table.
const base = Date.UTC(2026, 2, 1)
const N = 4096
const starts = Array.from({ length: N }, (_, i) => base + ((i * 7_919_000_003) % (60 * 24 * H)))
const durations = [1, 3, 9, 20, 36, 60].map((h) => h * H)

let baselineNs = 0
function run(label: string, fn: (i: number) => number, iterations: number): void {
  let sink = 0
  for (let i = 0; i < 20_000; i++) sink += fn(i) // warm the caches and the JIT
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) sink += fn(i)
  const ns = Number(process.hrtime.bigint() - t0) / iterations
  baselineNs ||= ns
  const ratio = (ns / baselineNs).toFixed(1)
  console.log(`${label.padEnd(44)} ${ns.toFixed(0).padStart(6)} ns/call  x${ratio.padStart(5)} baseline  (sink ${sink % 7})`)
}

const n = 1_000_000
run('baseline: start + duration', (i) => starts[i % N]! + durations[i % 6]!, n)
run('addWorkingTime 24x7 (allDayCalendar)', (i) => addWorkingTime(clock, starts[i % N]!, durations[i % 6]!), n)
run('addWorkingTime 24x5 London', (i) => addWorkingTime(london, starts[i % N]!, durations[i % 6]!), n)
run('addWorkingTime 24x5 London, one pause', (i) => {
  const s = starts[i % N]!
  return addWorkingTime(london, s, durations[i % 6]!, [{ start: s + H, end: s + 5 * H }])
}, n)
run('addWorkingTime 09:00-17:30 New York', (i) => addWorkingTime(business, starts[i % N]!, durations[i % 6]!), n)
run('workingTimeBetween 24x5 London', (i) => workingTimeBetween(london, starts[i % N]!, starts[i % N]! + durations[i % 6]! * 2), n)
