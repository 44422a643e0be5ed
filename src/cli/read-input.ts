import { EngineError } from '../engine/errors.js'
import type { CliIo } from './io.js'

/** Reads FILE, or stdin for `-` / no file, and parses one JSON value with a one-line error. */
export async function readJsonInput(io: CliIo, file: string | undefined): Promise<unknown> {
  let text: string
  const where = !file || file === '-' ? 'standard input' : file
  try {
    text = !file || file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new EngineError('SLA_BAD_INPUT', `cannot read ${where}${code === 'ENOENT' ? ': no such file' : ''}`)
  }
  if (text.trim() === '') throw new EngineError('SLA_BAD_INPUT', `${where} is empty: expected one JSON object`)
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new EngineError('SLA_BAD_INPUT', `${where} is not valid JSON (${jsonErrorDetail(err, text)})`)
  }
}

/**
 * JSON.parse's complaint on one line: the excerpt of the input it quotes may hold line breaks
 * (`Unexpected token 'o', "nope\n" is not valid JSON`), which are written as `\n` instead of
 * cutting the message there; a position gets its line and column.
 */
export function jsonErrorDetail(err: unknown, text: string): string {
  const message = (err as Error).message.replace(/\r?\n/g, '\\n')
  const at = /at position (\d+)/.exec(message)
  if (!at || /\bline \d/.test(message)) return message
  const before = text.slice(0, Number(at[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}
