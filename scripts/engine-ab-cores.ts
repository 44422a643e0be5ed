// Speed of the engine in another checkout against this one, both running at once, one per core:
// on a shared host one core may run at half the other's speed for minutes (the hypervisor's
// neighbours), which rounds taken one after the other (scripts/engine-ab.ts) cannot tell from the
// engines. Each pair of runs swaps the cores, and the geometric mean of a pair's two ratios cancels
// what the cores add.
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   node --import tsx scripts/engine-ab-cores.ts /tmp/before [pairs] [--corpus]
// --corpus times the classifier corpus's test half (as `npm run bench:classify` does) instead of the
// bench mix. Prints each pair's ratio (after / before, computations per second of CPU time) and their
// median. Needs two cores and `taskset`; a development aid, not a test.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const corpus = args.includes('--corpus')
const [beforeArg, pairsArg = '6'] = args.filter((a) => a !== '--corpus')
const pairs = Number(pairsArg)
if (!beforeArg || !Number.isInteger(pairs) || pairs < 1) {
  console.error('usage: node --import tsx scripts/engine-ab-cores.ts BEFORE_ROOT [pairs] [--corpus]')
  process.exit(2)
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const before = resolve(beforeArg)
const outDir = join(root, 'build', 'engine-ab-cores')
mkdirSync(outDir, { recursive: true })

/** One program per checkout: its engine and policy, timed for ROUND_MS after a warm-up. */
function bundle(name: string, checkout: string): string {
  const entry = join(outDir, `${name}.ts`)
  writeFileSync(
    entry,
    `import { computeSla } from ${JSON.stringify(join(checkout, 'src/engine/compute.ts'))}
import { loadPolicy } from ${JSON.stringify(join(checkout, 'src/policy/load.ts'))}
import { buildComputeMix, DEFAULT_SEED } from ${JSON.stringify(join(root, 'bench/engine-mix.ts'))}
import { computeInput, loadCorpus } from ${JSON.stringify(join(root, 'bench/classify-corpus.ts'))}
const policy = (await loadPolicy({ env: {}, baseFile: ${JSON.stringify(join(checkout, 'config/policy.yaml'))} })).policy
const mix = ${corpus}
  ? loadCorpus().filter((t) => t.split === 'test').map((t) => ({ input: computeInput(t), now: Date.parse('2026-03-09T10:00:00.000Z') }))
  : buildComputeMix({ seed: DEFAULT_SEED, count: 3000 })
let sink = 0
function rate(ms: number): number {
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let n = 0
  do {
    for (const c of mix) sink += computeSla(policy, c.input, c.now).severity
    n += mix.length
  } while (performance.now() - t0 < ms)
  const cpu = process.cpuUsage(cpu0)
  return n / ((cpu.user + cpu.system) / 1e6)
}
rate(1000)
console.log(rate(3000), sink > 0)
`,
  )
  const out = join(outDir, `${name}.mjs`)
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', '--packages=external', '--target=node20', `--outfile=${out}`, '--log-level=warning'], { stdio: 'inherit' })
  return out
}

function run(program: string, core: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('taskset', ['-c', String(core), process.execPath, program], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => (code === 0 ? done(Number(out.split(' ')[0])) : fail(new Error(`${program} exited ${code}`))))
  })
}

const programBefore = bundle('before', before)
const programAfter = bundle('after', root)
const median = (v: number[]) => [...v].sort((p, q) => p - q)[v.length >> 1]!
const ratios: number[] = []
for (let p = 0; p < pairs; p++) {
  const once: number[] = []
  for (const [coreBefore, coreAfter] of [[0, 1], [1, 0]] as const) {
    const [b, a] = await Promise.all([run(programBefore, coreBefore), run(programAfter, coreAfter)])
    once.push(a / b)
  }
  ratios.push(Math.sqrt(once[0]! * once[1]!))
  console.log(`pair ${p + 1}: ${once.map((r) => r.toFixed(3)).join(' × ')} → ${ratios[p]!.toFixed(3)}`)
}
console.log(JSON.stringify({ ratio: Number(median(ratios).toFixed(3)), ratioMin: Number(Math.min(...ratios).toFixed(3)), ratioMax: Number(Math.max(...ratios).toFixed(3)), pairs, over: corpus ? 'corpus test half' : 'bench mix' }))
