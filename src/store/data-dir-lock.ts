// One process per embedded data directory (issue #17, item 9). PGlite is a PostgreSQL inside this
// process: a second process opening the same directory writes where the first never looks, and two
// writers can corrupt it. Whoever opens a directory (the service, or a CLI command) first creates
// `desk-sla.lock` in it, exclusively, holding its pid, host and command — and, for the service, the
// URL its admin API answers at, so a CLI command can go through it instead. A lock whose pid is gone
// (same host) is stale and taken over.
import { hostname } from 'node:os'
import { mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { StoreError } from './errors.js'

export const LOCK_FILE = 'desk-sla.lock'

export interface LockHolder {
  pid: number
  host: string
  /** what holds it: `serve`, or the CLI command */
  command: string
  startedAt: string
  /** the service's own address (admin API), once it listens */
  url?: string
}

export interface DataDirLock {
  readonly file: string
  readonly holder: LockHolder
  /** adds what others may need to know (the service's URL) */
  note(extra: Pick<LockHolder, 'url'>): Promise<void>
  release(): Promise<void>
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return { pid: parsed.pid, host: parsed.host, command: String(parsed.command ?? 'unknown'), startedAt: String(parsed.startedAt ?? ''), ...(typeof parsed.url === 'string' ? { url: parsed.url } : {}) }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    // half-written or foreign content: treat as a holder we cannot check
    return { pid: -1, host: 'unknown', command: 'unknown', startedAt: '' }
  }
}

/** the lock's holder when it is live (or cannot be checked), null when there is none or it is stale */
export async function liveHolder(dataDir: string): Promise<LockHolder | null> {
  const holder = await readHolder(path.join(dataDir, LOCK_FILE))
  if (!holder) return null
  if (holder.host === hostname() && holder.pid > 0 && !alive(holder.pid)) return null
  return holder
}

export function describeHolder(h: LockHolder): string {
  const who = h.command === 'serve' ? 'the running service' : `desk-sla ${h.command}`
  return `${who} (pid ${h.pid} on ${h.host}${h.startedAt ? `, since ${h.startedAt}` : ''})`
}

export function lockedError(dataDir: string, h: LockHolder, fix: string): StoreError {
  return new StoreError('STORE_DATA_DIR_LOCKED', `${describeHolder(h)} holds the data directory ${dataDir}: ${fix}`, { dataDir, holder: h, lockFile: path.join(dataDir, LOCK_FILE) })
}

/** what to do about a live holder, in a few words */
function fixFor(h: LockHolder, file: string): string {
  const several = 'several processes need DATABASE_URL (PostgreSQL)'
  if (h.host !== hostname() || h.pid <= 0) return `stop it first (${several}); if it is no longer running, delete ${file}`
  if (h.command === 'serve') return `stop it first, or do this from its admin page${h.url ? ` (${h.url}/admin)` : ''}; ${several}`
  return `wait for it to finish; ${several}`
}

/**
 * Takes the directory's lock, or throws STORE_DATA_DIR_LOCKED naming the holder. A stale lock
 * (its pid gone on this host) is moved aside and taken over.
 */
export async function acquireDataDirLock(dataDir: string, command: string): Promise<DataDirLock> {
  const dir = path.resolve(dataDir)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, LOCK_FILE)
  const holder: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx', 0o644)
      try {
        await fh.writeFile(`${JSON.stringify(holder)}\n`)
      } finally {
        await fh.close()
      }
      return handle(file, holder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const current = await readHolder(file)
    if (current && (current.host !== hostname() || current.pid <= 0 || alive(current.pid))) {
      throw lockedError(dataDir, current, fixFor(current, file))
    }
    // stale: moved aside under a name of our own; if what we moved is not the stale lock we read
    // (another process took it over in between), it goes back and that process keeps it
    const aside = `${file}.stale-${process.pid}`
    try {
      await rename(file, aside)
    } catch {
      continue
    }
    const moved = await readHolder(aside)
    if (moved && current && (moved.pid !== current.pid || moved.startedAt !== current.startedAt)) {
      await rename(aside, file).catch(() => {})
      throw lockedError(dataDir, moved, fixFor(moved, file))
    }
    await unlink(aside).catch(() => {})
  }
  throw new StoreError('STORE_DATA_DIR_LOCKED', `the data directory ${dataDir} could not be locked (its lock file keeps changing)`, { dataDir, lockFile: file })
}

function handle(file: string, initial: LockHolder): DataDirLock {
  let holder = initial
  let released = false
  const ours = async () => {
    const current = await readHolder(file)
    return current !== null && current.pid === holder.pid && current.host === holder.host && current.startedAt === holder.startedAt
  }
  return {
    file,
    get holder() {
      return holder
    },
    async note(extra) {
      if (released || !(await ours())) return
      holder = { ...holder, ...extra }
      // written beside and renamed over: a reader never sees half a file
      const tmp = `${file}.${process.pid}.tmp`
      await writeFile(tmp, `${JSON.stringify(holder)}\n`)
      await rename(tmp, file)
    },
    async release() {
      if (released) return
      released = true
      if (await ours()) await unlink(file).catch(() => {})
    },
  }
}
