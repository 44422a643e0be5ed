import { computeSla } from '../engine/compute.js'
import { EngineError } from '../engine/errors.js'
import { loadPolicy } from '../policy/load.js'
import { flagString, parseArgs } from './args.js'
import type { Command } from './io.js'
import { UsageError } from './io.js'
import { readJsonInput } from './read-input.js'

const USAGE = `usage: desk-sla compute [FILE|-] [--policy FILE] [--pretty]

Reads one JSON object (a file, or standard input with - or no argument) with the ticket and
optionally its account, contact, threads, statusHistory and now; prints the SLA state as one
JSON object (--pretty: indented). Only ticket.createdTime is required.`

/** `desk-sla compute [FILE|-] [--policy FILE]`: one JSON object in, one JSON object out. */
export const runCompute: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['policy'], booleans: ['pretty', 'help'] })
  if (a.flags.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (a.positional.length > 1) throw new UsageError('compute takes at most one input file')
  const raw = await readJsonInput(io, a.positional[0])
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new EngineError('SLA_BAD_INPUT', 'the input must be one JSON object with a "ticket"')
  }
  const { policy } = await loadPolicy({ file: flagString(a, 'policy'), env: io.env })
  const result = computeSla(policy, raw, io.now())
  io.stdout(`${JSON.stringify(result, null, a.flags.pretty ? 2 : undefined)}\n`)
  return 0
}
