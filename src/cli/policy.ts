import { formatProblem, loadPolicy, PolicyError } from '../policy/load.js'
import { flagString, parseArgs } from './args.js'
import type { Command } from './io.js'
import { UsageError } from './io.js'

/** `desk-sla policy check [FILE]` and `desk-sla policy show [--policy FILE]`. */
export const runPolicy: Command = async (args, io) => {
  const [sub, ...rest] = args
  if (sub === 'check') {
    const a = parseArgs(rest, { values: ['policy'] })
    const file = a.positional[0] ?? flagString(a, 'policy')
    try {
      const { source } = await loadPolicy({ file, env: io.env })
      io.stdout(`policy OK: ${source}\n`)
      return 0
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err
      // Every problem on its own line, so an admin can fix them all in one go.
      for (const p of err.problems) io.stderr(`${formatProblem(p)}\n`)
      io.stderr(`policy refused: ${err.problems.length} problem(s) [${err.code}]\n`)
      return 1
    }
  }
  if (sub === 'show') {
    const a = parseArgs(rest, { values: ['policy'] })
    const { policy, source } = await loadPolicy({ file: flagString(a, 'policy') ?? a.positional[0], env: io.env })
    io.stdout(`${JSON.stringify({ source, policy }, null, 2)}\n`)
    return 0
  }
  throw new UsageError('usage: desk-sla policy check [FILE] | desk-sla policy show [--policy FILE]')
}
