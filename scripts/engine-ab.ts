// Speed of the engine in another checkout against this one, for engine refactors: both engines
// bundled into one program (compiled, as `npm run bench:engine` runs them) and timed over the
// bench mix in alternating short rounds, so that the load of a shared machine falls on both alike.
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci)
//   node --import tsx scripts/engine-ab.ts /tmp/before [rounds] [--corpus]
// --corpus times the classifier corpus's test half (as `npm run bench:classify` does) instead of the mix.
// Prints the median computations per second (of CPU time) of each and the median of the per-round ratios.
// A development aid, not a test; `scripts/engine-diff.ts` checks that the outputs agree.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const corpus = args.includes('--corpus')
const [beforeArg, roundsArg = '20'] = args.filter((a) => a !== '--corpus')
const rounds = Number(roundsArg)
if (!beforeArg || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node --import tsx scripts/engine-ab.ts BEFORE_ROOT [rounds] [--corpus]')
  process.exit(2)
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const before = resolve(beforeArg)
const outDir = join(root, 'build', 'engine-ab')
mkdirSync(outDir, { recursive: true })

// The program: JSON.stringify keeps the paths literal for the bundler.
const entry = join(outDir, 'entry.ts')
writeFileSync(
  entry,
  `import { computeSla as computeBefore } from ${JSON.stringify(join(before, 'src/engine/compute.ts'))}
import { loadPolicy as loadBefore } from ${JSON.stringify(join(before, 'src/policy/load.ts'))}
import { computeSla as computeAfter } from ${JSON.stringify(join(root, 'src/engine/compute.ts'))}
import { loadPolicy as loadAfter } from ${JSON.stringify(join(root, 'src/policy/load.ts'))}
import { buildComputeMix, DEFAULT_SEED } from ${JSON.stringify(join(root, 'bench/engine-mix.ts'))}
import { computeInput, loadCorpus } from ${JSON.stringify(join(root, 'bench/classify-corpus.ts'))}

const env = {} // each engine with its own checkout's config/policy.yaml (the policy's shape may differ)
const policyBefore = (await loadBefore({ env, baseFile: ${JSON.stringify(join(before, 'config/policy.yaml'))} })).policy
const policyAfter = (await loadAfter({ env, baseFile: ${JSON.stringify(join(root, 'config/policy.yaml'))} })).policy
const mix = ${corpus}
  ? loadCorpus().filter((t) => t.split === 'test').map((t) => ({ input: computeInput(t), now: Date.parse('2026-03-09T10:00:00.000Z') }))
  : buildComputeMix({ seed: DEFAULT_SEED, count: 3000 })
let sink = 0
// computations per second of this process's CPU time (on a shared machine, time spent waiting for
// a core is not the engine's)
function rate(compute: typeof computeAfter, policy: unknown, ms: number): number {
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let n = 0
  while (performance.now() - t0 < ms) {
    for (const c of mix) {
      const r = compute(policy as never, c.input, c.now)
      sink += r.severity + r.escalation.level
    }
    n += mix.length
  }
  const cpu = process.cpuUsage(cpu0)
  return n / ((cpu.user + cpu.system) / 1e6)
}
rate(computeBefore, policyBefore, 1500)
rate(computeAfter, policyAfter, 1500)
const a: number[] = []
const b: number[] = []
const ratios: number[] = []
for (let r = 0; r < ${rounds}; r++) {
  const x = rate(computeBefore, policyBefore, 400)
  const y = rate(computeAfter, policyAfter, 400)
  a.push(x)
  b.push(y)
  ratios.push(y / x)
}
const median = (v: number[]) => [...v].sort((p, q) => p - q)[v.length >> 1]!
console.log(JSON.stringify({
  beforePerSecond: Math.round(median(a)),
  afterPerSecond: Math.round(median(b)),
  ratio: Number(median(ratios).toFixed(3)),
  ratioMin: Number(Math.min(...ratios).toFixed(3)),
  ratioMax: Number(Math.max(...ratios).toFixed(3)),
  rounds: ${rounds},
  over: ${JSON.stringify(corpus ? 'corpus test half' : 'bench mix')},
  checksum: sink > 0,
}))
`,
)
const bundle = join(outDir, 'engine-ab.mjs')
const esbuild = join(root, 'node_modules', '.bin', 'esbuild')
execFileSync(esbuild, [entry, '--bundle', '--platform=node', '--format=esm', '--packages=external', '--target=node20', `--outfile=${bundle}`, '--log-level=warning'], { stdio: 'inherit' })
execFileSync(process.execPath, [bundle], { stdio: 'inherit', cwd: root })
