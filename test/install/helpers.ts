// Shared pieces of the install tests: a Desk sandbox on a hand-moved clock, the real service app
// listening on loopback (so the sandbox's GET check of a hook URL reaches the receiver), and install
// dependencies that never sleep.
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import type { Policy } from '../../src/engine/policy.js'
import type { InstallDeps } from '../../src/install/deps.js'
import type { InstallRequest } from '../../src/install/install.js'
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js'
import { createSecretBox, type SecretBox } from '../../src/store/crypto.js'
import type { Db } from '../../src/store/db.js'
import { createApp } from '../../src/web/app.js'

export const T0 = Date.parse('2026-03-02T09:00:00.000Z') // a Monday

export interface Clock {
  now(): number
  advanceMinutes(m: number): void
}

export function handClock(start = T0): Clock {
  let t = start
  return { now: () => t, advanceMinutes: (m) => void (t += m * 60_000) }
}

export async function startSandbox(clock: Clock, opts: Omit<SandboxOptions, 'clock'> = {}): Promise<Sandbox> {
  return createSandbox({ clock: clock.now, seed: { tickets: 8, seed: 7 }, ...opts })
}

export interface Receiver {
  url: string
  close(): Promise<void>
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
}

/** the service's own app (webhook receiver included) on a loopback port */
export async function startReceiver(db: Db, clock: Clock): Promise<Receiver> {
  const app = createApp({ db, now: clock.now, installationCacheMs: 0 })
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', reject)
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: closer(server) }
}

/** a receiver that answers 200 to everything (for tests whose store lives in another handle) */
export async function startEchoReceiver(): Promise<Receiver> {
  const { createServer } = await import('node:http')
  const server = createServer((req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
  return { url: await listen(server), close: closer(server) }
}

export function installDeps(db: Db, box: SecretBox, policy: Policy, clock: Clock): InstallDeps {
  return {
    db,
    box,
    policy,
    now: clock.now,
    desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000, timeoutMs: 5_000 },
  }
}

export function newBox(): SecretBox {
  return createSecretBox(randomBytes(32))
}

export function requestFor(sb: Sandbox, publicUrl: string, extra: Partial<InstallRequest> = {}): InstallRequest {
  return {
    name: `Org ${sb.orgId}`,
    ...sb.connection(),
    publicUrl,
    ...extra,
  } as InstallRequest
}

/** the token requests the sandbox's accounts server saw */
export function mints(sb: Sandbox): number {
  return sb.requests.list().filter((r) => r.kind === 'oauth').length
}
