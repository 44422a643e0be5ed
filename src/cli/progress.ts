// Progress on stderr for long operator commands: a cli-progress bar when stderr is a terminal,
// otherwise plain lines (one per step the command reports), so logs and CI stay readable.
import cliProgress from 'cli-progress'
import type { CliIo } from './io.js'

export interface Progress {
  start(total: number, label: string): void
  update(done: number, note?: string): void
  /** a line for a non-terminal stderr (ignored while a bar is drawn) */
  line(text: string): void
  stop(): void
}

export function createProgress(io: CliIo, isTTY: boolean): Progress {
  if (!isTTY) {
    return {
      start() {},
      update() {},
      line(text) {
        io.stderr(`${text}\n`)
      },
      stop() {},
    }
  }
  const bar = new cliProgress.SingleBar(
    { format: '{label} [{bar}] {value}/{total} {note}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    start(total, label) {
      bar.start(total, 0, { label, note: '' })
      started = true
    },
    update(done, note = '') {
      if (started) bar.update(done, { note })
    },
    line() {},
    stop() {
      if (started) bar.stop()
      started = false
    },
  }
}

export function stderrIsTTY(): boolean {
  return process.stderr.isTTY === true
}
