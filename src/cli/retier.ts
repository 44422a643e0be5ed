import { PARTNER_TIERS } from '../engine/score.js'
import { retier, scoredYearAt, type RetierEntry, type RetierResult } from '../pipeline/retier.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { createProgress, stderrIsTTY } from './progress.js'
import { openServiceContext, selectInstallations, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla retier [--installation ID] [--apply] [--year YYYY] [--json]

Scores every partner account (an account with any partner figure field filled in) from its yearly
figures and shows the new score and tier against the current ones: a summary by tier (up, down,
unchanged) and a table of the accounts that change. Dry run by default: nothing is written.
--apply writes the changed score and tier fields to Desk, records the scores, audits each change
(cli:retier) and recomputes the open tickets of the accounts whose tier moved.
--year is the year the figures describe (default: last year). --json prints the full result.`

export interface RetierCommandDeps {
  open?: ServiceOpener
  isTTY?: () => boolean
}

export function retierCommand(deps: RetierCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { values: ['installation', 'year'], booleans: ['apply', 'json', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const yearText = flagString(a, 'year')
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year must be a year such as 2025, not "${yearText}"`)
    const apply = a.flags.apply === true
    const json = a.flags.json === true

    const service = await open(io.env, { now: io.now, command: 'retier' })
    try {
      const { ctx } = service
      const year = yearText !== undefined ? Number(yearText) : scoredYearAt(ctx.now())
      const installations = await selectInstallations(ctx, flagString(a, 'installation'))
      if (installations.length === 0) {
        io.stderr('no active installation to retier\n')
        return 0
      }
      const progress = createProgress(io, (deps.isTTY ?? stderrIsTTY)())
      const results: RetierResult[] = []
      for (const inst of installations) {
        const label = inst.name || inst.id
        let lastLine = -1
        let started = false
        try {
          results.push(
            await retier(ctx, inst, {
              apply,
              year,
              actor: 'cli:retier',
              deliver: apply,
              onProgress: ({ phase, done, total }) => {
                if (total === null) return
                if (!started) {
                  progress.start(total, `${label}: ${phase === 'applying' ? 'applying' : 'scoring'}`)
                  started = true
                }
                progress.update(done)
                const step = Math.max(1, Math.ceil(total / 10))
                if (total > 0 && done > 0 && (done === total || done - lastLine >= step)) {
                  lastLine = done
                  progress.line(`${label}: ${done}/${total} partner account(s) ${apply ? 'applied' : 'scored'}`)
                }
              },
            }),
          )
        } finally {
          progress.stop()
        }
      }

      if (json) io.stdout(`${JSON.stringify({ year, apply, installations: results }, null, 2)}\n`)
      else for (const r of results) io.stdout(report(r))
      for (const r of results) {
        for (const bad of r.invalid) io.stderr(`account ${bad.accountId} (${bad.accountName}): figures not read: ${bad.error}\n`)
        for (const e of r.entries) for (const error of e.errors) io.stderr(`account ${e.accountId} (${e.accountName}): ${error}\n`)
      }
      return results.some((r) => r.summary.failed > 0 || r.invalid.length > 0) ? 1 : 0
    } finally {
      await service.close()
    }
  }
}

export const runRetier: Command = (args, io) => retierCommand()(args, io)

function report(r: RetierResult): string {
  const lines: string[] = []
  const mode = r.apply ? 'applied' : 'dry run'
  lines.push(
    `retier ${r.installationId}, figures of ${r.year} (${mode}): ${r.entries.length} partner account(s) of ${r.accountsRead} read` +
      (r.invalid.length > 0 ? `, ${r.invalid.length} with unreadable figures` : ''),
  )
  lines.push('')
  const rows: string[][] = [['tier', 'up', 'down', 'unchanged']]
  for (const tier of [...PARTNER_TIERS].reverse()) {
    const t = r.summary.byTier[tier]
    rows.push([tier, String(t.up), String(t.down), String(t.unchanged)])
  }
  rows.push(['total', String(r.summary.up), String(r.summary.down), String(r.summary.unchanged)])
  lines.push(...table(rows, [false, true, true, true]))
  lines.push('')

  const changes = r.entries.filter((e) => Object.keys(e.write).length > 0 || e.openTickets.length > 0)
  if (changes.length === 0) {
    lines.push('no account changes')
  } else {
    lines.push(r.apply ? 'changes:' : 'would change:')
    const head = ['account', 'name', 'tier', 'score', 'open tickets', 'status']
    lines.push(...table([head, ...changes.map(changeRow(r.apply))], [false, false, false, false, true, false]))
  }
  lines.push('')
  if (r.apply) {
    lines.push(`${r.summary.changed} account(s) written, ${r.summary.failed} failed; ${r.ticketsRecomputed} open ticket(s) recomputed, ${r.ticketsUpdated} updated, ${r.delivered} Desk write(s) delivered`)
  } else {
    lines.push(`${r.summary.changed} account(s) would change; nothing written (run with --apply to write)`)
  }
  return `${lines.join('\n')}\n\n`
}

function changeRow(applied: boolean) {
  return (e: RetierEntry): string[] => {
    const tier = e.oldTier === e.newTier ? e.newTier : `${e.oldTier ?? '∅'} → ${e.newTier}`
    const moved = e.direction === 'unchanged' ? '' : ` (${e.direction})`
    const score = e.oldScore === e.newScore ? String(e.newScore) : `${e.oldScore ?? '∅'} → ${e.newScore}`
    const tickets = applied ? `${e.ticketsRecomputed}/${e.openTickets.length}` : String(e.openTickets.length)
    return [e.accountId, e.accountName, tier + moved, score, tickets, e.status]
  }
}

function table(rows: string[][], alignRight: boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)))
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - [...cell].length)
        return alignRight[i] ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd(),
  )
}
