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
    throw new EngineError('SLA_BAD_INPUT', `${where} is not valid JSON (${(err as Error).message.split('\n')[0]})`)
  }
}
