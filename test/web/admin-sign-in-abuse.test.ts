// Sign-in under abuse (issue #17, items 2 and 3): a burst of wrong passwords from one address checks
// at most the free five and does not hold up Desk's deliveries; the budgets are counted in the store
// before any check; behind a trusted proxy each client has its own budget, and a shared budget only
// slows everyone down for a moment.
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createSecretVerifier, hashAdminPassword, type SecretVerifier } from '../../src/web/admin/auth.js'
import { countAttempt, type SignInBudget } from '../../src/web/admin/sessions.js'
import { forEachStore } from '../store/helpers.js'
import { ADMIN_TOKEN, forgetSignInsAfterEach, loginCsrf, SECRETS, useAdminWorld, type AdminWorld, type Client } from './admin-fixture.js'

const PASSWORD_HASH = hashAdminPassword('correct horse battery staple')


/** one Desk delivery on the world's installation, and how long its answer took (ms) */
async function deliver(w: AdminWorld, ticketId: string): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const res = await fetch(`${w.origin}/hooks/desk/${w.installation.id}/${SECRETS.webhookSecret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ eventType: 'Ticket_Add', orgId: w.installation.orgId, eventTime: String(w.clock.now), payload: { id: ticketId, subject: 'Export fails', status: 'Open' } }]),
  })
  await res.text()
  return { status: res.status, ms: performance.now() - started }
}

const BURST_SCRIPT = fileURLToPath(new URL('../support/sign-in-burst.mjs', import.meta.url))

/**
 * `n` wrong-password sign-ins at once from one client, sent by another process (one valid form token,
 * as a script would reuse it), and a delivery sent while they are under way
 */
async function burst(w: AdminWorld, n: number, ticketId: string) {
  const c = w.client()
  const csrf = await loginCsrf(c)
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const child = spawn(process.execPath, [BURST_SCRIPT, `${w.origin}/admin/login`, cookie, csrf, String(n)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const out: string[] = []
  const fired = new Promise<void>((resolve) => lines.on('line', (l) => (out.push(l), l === 'fired' && resolve())))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  await fired
  const delivery = await deliver(w, ticketId)
  expect(await exited).to.equal(0)
  const statuses = JSON.parse(out.at(-1)!) as number[]
  return { statuses, delivery }
}

forEachStore('admin sign-in under a burst of wrong passwords', (getDb) => {
  let verifier: SecretVerifier | undefined
  const world = useAdminWorld(getDb, { passwordHash: PASSWORD_HASH, verifier: (creds) => (verifier = createSecretVerifier(creds)) })

  forgetSignInsAfterEach(world, getDb)

  it('checks at most five of 50 concurrent wrong passwords from one address, refuses the rest with 429, and answers a delivery sent meanwhile within 1 s', async () => {
    const before = verifier!.checks
    const { statuses, delivery } = await burst(world(), 50, '20001000007000001')
    expect(verifier!.checks - before).to.be.at.most(5)
    expect(statuses.filter((s) => s === 401).length).to.equal(verifier!.checks - before)
    expect(statuses.filter((s) => s === 429).length).to.equal(50 - (verifier!.checks - before))
    expect(delivery.status).to.equal(200)
    expect(delivery.ms).to.be.below(1_000)
  })

  it('answers a delivery sent during 200 concurrent sign-ins within 1 s, with still at most five passwords checked', async () => {
    const before = verifier!.checks
    const { statuses, delivery } = await burst(world(), 200, '20001000007000002')
    expect(verifier!.checks - before).to.be.at.most(5)
    expect(statuses.every((s) => s === 401 || s === 429)).to.equal(true)
    expect(delivery.status).to.equal(200)
    expect(delivery.ms).to.be.below(1_000)
  })
})

forEachStore('admin sign-in budgets in the store', (getDb) => {
  const budget: SignInBudget = { free: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, quietMs: 15 * 60_000 }
  const T = Date.parse('2026-03-02T14:00:00.000Z')
  let n = 0
  const freshKey = () => `client:192.0.2.${++n}`

  it('admits exactly the five free attempts of 50 counted at once on one key', async () => {
    const key = freshKey()
    const counted = await Promise.all(Array.from({ length: 50 }, () => countAttempt(getDb(), key, T, budget)))
    expect(counted.filter((c) => c.admitted)).to.have.length(5)
    expect(counted.filter((c) => !c.admitted).every((c) => c.waitUntil === T + 30_000)).to.equal(true)
  })

  it('doubles the wait after each further attempt, up to its cap, and starts over after a quiet period', async () => {
    const key = freshKey()
    for (let i = 0; i < 5; i++) await countAttempt(getDb(), key, T, budget)
    let at = T
    const waits: number[] = []
    for (let i = 0; i < 7; i++) {
      const c = await countAttempt(getDb(), key, (at = at + (waits.at(-1) ?? 30_000)), budget)
      expect(c.admitted, `attempt ${6 + i}`).to.equal(true)
      waits.push(c.waitUntil! - at)
    }
    expect(waits).to.deep.equal([60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000])
    const early = await countAttempt(getDb(), key, at + 900_000 - 1, budget)
    expect(early.admitted).to.equal(false)
    // fifteen quiet minutes after the last wait ended: five free attempts again
    const later = at + 900_000 + 15 * 60_000
    const again = await countAttempt(getDb(), key, later, budget)
    expect([again.admitted, again.attempts, again.waitUntil]).to.deep.equal([true, 1, null])
  })
})

forEachStore('admin sign-in behind a trusted proxy (TRUST_PROXY=loopback)', (getDb) => {
  const world = useAdminWorld(getDb, {
    trustProxy: ['loopback'],
    // a small shared budget, so the test can spend it
    signInBudgets: {
      perClient: { free: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, quietMs: 15 * 60_000 },
      global: { free: 8, baseDelayMs: 1_000, maxDelayMs: 30_000, quietMs: 15 * 60_000 },
    },
  })

  forgetSignInsAfterEach(world, getDb)

  const from = (address: string) => ({ 'x-forwarded-for': address })
  const signIn = async (c: Client, address: string, secret: string) => c.form('/admin/login', { _csrf: await loginCsrf(c), secret }, from(address))

  it('gives two clients behind the proxy separate budgets: one is made to wait while the other signs in with the admin token', async () => {
    const attacker = world().client()
    for (let i = 1; i <= 5; i++) expect((await signIn(attacker, '203.0.113.5', `guess-${i}`)).status).to.equal(401)
    expect((await signIn(attacker, '203.0.113.5', ADMIN_TOKEN)).status).to.equal(429)
    const admin = world().client()
    expect((await signIn(admin, '198.51.100.7', ADMIN_TOKEN)).status).to.equal(303)
    // and the admin API takes the token as a bearer token from that client too
    const api = await fetch(`${world().origin}/admin/api/session`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...from('198.51.100.7') } })
    expect(api.status).to.equal(200)
    expect(((await api.json()) as { actor: string }).actor).to.equal('admin:token')
    const refused = await fetch(`${world().origin}/admin/api/session`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...from('203.0.113.5') } })
    expect(refused.status).to.equal(429)
    expect(((await refused.json()) as { error: { code: string } }).error.code).to.equal('ADMIN_THROTTLED')
  })

  it('slows every client for a moment, never locks them out, once the shared budget is spent', async () => {
    for (let i = 1; i <= 8; i++) expect((await signIn(world().client(), `203.0.113.${i}`, 'guess')).status, `client ${i}`).to.equal(401)
    const admin = world().client()
    const waited = await signIn(admin, '198.51.100.7', ADMIN_TOKEN)
    expect(waited.status).to.equal(429)
    expect(Number(waited.headers.get('retry-after'))).to.equal(1)
    world().clock.now += 1_000
    expect((await signIn(admin, '198.51.100.7', ADMIN_TOKEN)).status).to.equal(303)
  })
})

forEachStore('admin sign-in with no proxy trusted (the default)', (getDb) => {
  const world = useAdminWorld(getDb)

  forgetSignInsAfterEach(world, getDb)

  it('ignores X-Forwarded-For: a client cannot give itself a fresh budget with the header', async () => {
    const c = world().client()
    for (let i = 1; i <= 5; i++) expect((await c.form('/admin/login', { _csrf: await loginCsrf(c), secret: `guess-${i}` }, { 'x-forwarded-for': `203.0.113.${i}` })).status).to.equal(401)
    expect((await c.form('/admin/login', { _csrf: await loginCsrf(c), secret: ADMIN_TOKEN }, { 'x-forwarded-for': '198.51.100.7' })).status).to.equal(429)
  })
})
