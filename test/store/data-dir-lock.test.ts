// One process per embedded data directory (issue #17, item 9): the lock file, its holder, and a
// stale lock left by a process that is gone.
import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { acquireDataDirLock, LOCK_FILE, liveHolder } from '../../src/store/data-dir-lock.js'
import { isStoreError } from '../../src/store/errors.js'

/** the pid of a process that has ended */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!
}

describe('store: the embedded data directory lock', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-lock-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('lets one holder in, refuses the next naming the holder and the fix, and lets the next in once released', async () => {
    const lock = await acquireDataDirLock(dir, 'serve')
    await lock.note({ url: 'http://127.0.0.1:3000' })
    const error = await acquireDataDirLock(dir, 'sync').catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_DATA_DIR_LOCKED')).to.equal(true)
    expect((error as Error).message).to.equal(
      `the running service (pid ${process.pid} on ${hostname()}, since ${lock.holder.startedAt}) holds the data directory ${dir}: ` +
        'stop it first, or do this from its admin page (http://127.0.0.1:3000/admin); several processes need DATABASE_URL (PostgreSQL)',
    )
    expect((await liveHolder(dir))?.url).to.equal('http://127.0.0.1:3000')
    await lock.release()
    expect(await liveHolder(dir)).to.equal(null)
    const next = await acquireDataDirLock(dir, 'sync')
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).to.include({ pid: process.pid, command: 'sync' })
    await next.release()
  })

  it('takes over a lock whose process is gone', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), command: 'serve', startedAt: '2026-03-02T09:00:00.000Z' }))
    expect(await liveHolder(dir)).to.equal(null)
    const lock = await acquireDataDirLock(dir, 'install')
    expect((await liveHolder(dir))?.command).to.equal('install')
    await lock.release()
  })

  it('does not guess about a lock held on another host: it names the lock file to delete if that process is gone', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'other-host', command: 'serve', startedAt: '2026-03-02T09:00:00.000Z' }))
    const error = await acquireDataDirLock(dir, 'sync').catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_DATA_DIR_LOCKED')).to.equal(true)
    expect((error as Error).message).to.contain(`if it is no longer running, delete ${join(dir, LOCK_FILE)}`)
  })

  it('leaves a lock it no longer holds in place on release', async () => {
    const lock = await acquireDataDirLock(dir, 'serve')
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'other-host', command: 'serve', startedAt: 'x' }))
    await lock.release()
    expect((await liveHolder(dir))?.host).to.equal('other-host')
  })
})
