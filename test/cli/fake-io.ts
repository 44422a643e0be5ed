import type { CliIo } from '../../src/cli/io.js'

export interface FakeIo extends CliIo {
  out: string
  err: string
}

/** An in-memory CliIo: files from a map, stdin from a string, output captured. */
export function fakeIo(opts: { stdin?: string; files?: Record<string, string>; env?: Record<string, string>; now?: number } = {}): FakeIo {
  const files = { ...(opts.files ?? {}) }
  const io: FakeIo = {
    out: '',
    err: '',
    readStdin: async () => opts.stdin ?? '',
    readFile: async (p) => {
      if (p in files) return files[p]!
      const { readFile } = await import('node:fs/promises')
      return readFile(p, 'utf8')
    },
    writeFile: async (p, t) => {
      files[p] = t
    },
    stdout: (t) => {
      io.out += t
    },
    stderr: (t) => {
      io.err += t
    },
    env: opts.env ?? {},
    now: () => opts.now ?? Date.parse('2026-03-09T12:00:00Z'),
  }
  return io
}
