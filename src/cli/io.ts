// The CLI's window on the world: commands get this instead of touching process.* directly,
// so tests can run them in-process and only main() decides the exit code.
export interface CliIo {
  readStdin(): Promise<string>
  readFile(path: string): Promise<string>
  writeFile(path: string, text: string): Promise<void>
  stdout(text: string): void
  stderr(text: string): void
  env: Record<string, string | undefined>
  now(): number
}

export type Command = (args: string[], io: CliIo) => Promise<number>

export { UsageError } from './errors.js'
