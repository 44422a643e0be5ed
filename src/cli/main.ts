import { readFile, writeFile } from 'node:fs/promises'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { describeError } from '../describe-error.js'
import { wellFormedText } from '../well-formed-text.js'

const USAGE = `usage: desk-sla <command> [options]

commands:
  serve                              run the service (what npm start runs; settings from the environment)
  demo [--seconds N] [--time-factor F]
                                     the Desk sandbox and the service side by side, time accelerated
  compute [FILE|-] [--policy FILE]   compute one ticket's SLA state (JSON in, JSON out)
  policy check [FILE]                validate a policy file (default: the active policy)
  policy show [--policy FILE]        print the effective policy as JSON
  score [FILE|-] [--csv FILE]        partner value score and tier
  retier [--installation ID] [--apply] [--year YYYY] [--json]
                                     score every partner account in Desk; --apply writes tiers
  sync --since DATE [--until DATE] [--installation ID] [--restart] [--dry-run]
                                     backfill: process tickets modified since DATE (resumable)
  recompute [--installation ID] [--dry-run]
                                     re-evaluate every open ticket after a policy change
  outbox list-dead | retry (ID…|--all)
                                     Desk writes that failed for good, and retrying them
  inbox list-failed | retry (ID…|--all)
                                     events whose processing failed, and retrying them
  inbox discard --installation ID [--before TIME] [--dry-run]
                                     set an installation's queued events aside (after a flood)
  install [--data-center DC --org-id ID --client-id ID --public-url URL …]
                                     connect a Desk org (asks for what is missing; install --help)
  uninstall ID [--keep-data] [--yes] remove an installation: its Desk webhooks, secrets and data
  installations [--json]             list the connected orgs (no secrets)
  classify-report [--since DATE] [--until DATE] [--installation ID] [--format jsonl|csv]
                                     tickets where agents changed the severity or type, as labelled examples
  help                               this text
`

// Commands load lazily so `desk-sla compute` does not pay for the service's dependencies.
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.js')).runServe,
  demo: async () => (await import('./demo.js')).runDemoCommand,
  compute: async () => (await import('./compute.js')).runCompute,
  policy: async () => (await import('./policy.js')).runPolicy,
  score: async () => (await import('./score.js')).runScore,
  retier: async () => (await import('./retier.js')).runRetier,
  sync: async () => (await import('./sync.js')).runSync,
  recompute: async () => (await import('./recompute.js')).runRecomputeCommand,
  outbox: async () => (await import('./outbox.js')).runOutbox,
  inbox: async () => (await import('./inbox.js')).runInbox,
  install: async () => (await import('./install.js')).runInstall,
  uninstall: async () => (await import('./uninstall.js')).runUninstall,
  installations: async () => (await import('./installations.js')).runInstallations,
  'classify-report': async () => (await import('./classify-report.js')).runClassifyReport,
}

export function processIo(): CliIo {
  return {
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const c of process.stdin) chunks.push(c as Buffer)
      // U+0000 (and lone surrogates) never reach the store from operator input either (issue 17)
      return wellFormedText(Buffer.concat(chunks).toString('utf8'))
    },
    readFile: async (p) => wellFormedText(await readFile(p, 'utf8')),
    writeFile: (p, t) => writeFile(p, t, 'utf8'),
    stdout: (t) => { process.stdout.write(t) },
    stderr: (t) => { process.stderr.write(t) },
    env: process.env,
    now: () => Date.now(),
  }
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv.map(wellFormedText)
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE)
    return name ? 0 : 2
  }
  const load = COMMANDS[name]
  if (!load) {
    io.stderr(`desk-sla: unknown command "${name}" (try: desk-sla help)\n`)
    return 2
  }
  try {
    const command = await load()
    return await command(rest, io)
  } catch (err) {
    io.stderr(`desk-sla ${name}: ${describeError(err, 'line')}\n`)
    return err instanceof UsageError || (err as Error)?.name === 'UsageError' ? 2 : 1
  }
}
