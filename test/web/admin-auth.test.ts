// Admin sign-in, sessions and CSRF (issue #6): nothing under /admin answers without a session
// except the sign-in page; state-changing requests need the session's CSRF token.
import { expect } from 'chai'
import { createSecretVerifier, hashAdminPassword, loginTokens } from '../../src/web/admin/auth.js'
import { forEachStore } from '../store/helpers.js'
import { ADMIN_TOKEN, declaredRoutes, forgetSignInsAfterEach, loginCsrf, SESSION_TTL_HOURS, useAdminWorld } from './admin-fixture.js'


const PUBLIC = new Set(['GET /admin/login', 'POST /admin/login'])

forEachStore('admin dashboard: sign-in, sessions and CSRF', (getDb) => {
  const world = useAdminWorld(getDb)

  forgetSignInsAfterEach(world, getDb)

  it('refuses a signed-out request to every page and API the router declares: pages redirect to sign-in, APIs answer 401', async () => {
    const routes = declaredRoutes(world().router).filter((r) => !PUBLIC.has(`${r.method} ${r.path}`))
    expect(routes.length).to.be.greaterThan(20)
    const c = world().client()
    for (const r of routes) {
      const path = r.path.replace(/:[A-Za-z]+/g, '1')
      const res = await c.fetch(path, { method: r.method, headers: { 'content-type': 'application/json' }, body: r.method === 'GET' ? undefined : '{}' })
      const body = await res.text()
      if (r.method === 'GET' && !path.startsWith('/admin/api/')) {
        expect(res.status, `${r.method} ${path}`).to.equal(303)
        expect(res.headers.get('location'), path).to.match(/^\/admin\/login\?next=/)
      } else {
        expect(res.status, `${r.method} ${path}`).to.equal(401)
        expect(JSON.parse(body).error.code).to.equal('ADMIN_AUTH_REQUIRED')
      }
    }
  })

  it('refuses a wrong admin token and keeps no session', async () => {
    const c = world().client()
    const page = await (await c.fetch('/admin/login')).text()
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!
    const res = await c.form('/admin/login', { _csrf: csrf, secret: `${ADMIN_TOKEN}x` })
    expect(res.status).to.equal(401)
    expect(await res.text()).to.contain('Wrong token or password.')
    expect([...c.cookies.keys()].some((k) => k.includes('dsla_session'))).to.equal(false)
    expect((await c.fetch('/admin/api/session')).status).to.equal(401)
  })

  it('refuses a sign-in that did not come from its own form (no sign-in CSRF cookie)', async () => {
    const c = world().client()
    const res = await c.form('/admin/login', { _csrf: 'forged', secret: ADMIN_TOKEN })
    expect(res.status).to.equal(403)
    expect((await c.fetch('/admin/api/session')).status).to.equal(401)
  })

  it('signs in with the admin token, then pages and APIs answer', async () => {
    const c = await world().signedIn()
    const page = await c.fetch('/admin')
    expect(page.status).to.equal(200)
    expect(await page.text()).to.contain('<h1>Critical issues</h1>')
    const session = (await (await c.fetch('/admin/api/session')).json()) as { actor: string; expiresAt: string }
    expect(session.actor).to.equal('admin:token')
    expect(session.expiresAt).to.equal(new Date(world().clock.now + SESSION_TTL_HOURS * 3_600_000).toISOString())
  })

  it('checks five wrong secrets from one client, then makes it wait longer after each further one, and lets the right one in after the wait', async () => {
    const c = world().client()
    const attempt = async (secret: string) => c.form('/admin/login', { _csrf: await loginCsrf(c), secret })
    for (let i = 1; i <= 5; i++) expect((await attempt('guess-' + i)).status, `attempt ${i}`).to.equal(401)
    const sixth = await attempt(ADMIN_TOKEN)
    expect(sixth.status).to.equal(429)
    expect(Number(sixth.headers.get('retry-after'))).to.equal(30)
    world().clock.now += 30_000
    expect((await attempt('guess-6')).status).to.equal(401)
    const waitAgain = await attempt(ADMIN_TOKEN)
    expect(waitAgain.status).to.equal(429)
    expect(Number(waitAgain.headers.get('retry-after'))).to.equal(60)
    world().clock.now += 60_000
    expect((await attempt(ADMIN_TOKEN)).status).to.equal(303)
    // signed in: the client's count starts over
    const d = world().client()
    for (let i = 1; i <= 5; i++) expect((await d.form('/admin/login', { _csrf: await loginCsrf(d), secret: 'again-' + i })).status).to.equal(401)
  })

  it('refuses a forged sign-in CSRF pair: a matching cookie and field the server did not issue, a changed signature, an expired form', async () => {
    // a cookie and a field of the sender's choosing, as a script or a cookie-injecting page would send them
    const pair = (token: string) =>
      fetch(`${world().origin}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dsla_login=${encodeURIComponent(token)}` },
        body: new URLSearchParams({ _csrf: token, secret: ADMIN_TOKEN }).toString(),
        redirect: 'manual',
      })
    expect((await pair('forged-but-matching')).status).to.equal(403)
    expect((await pair(loginTokens(Buffer.alloc(32, 7)).issue(world().clock.now))).status).to.equal(403)
    const real = await loginCsrf(world().client())
    const [issued, nonce, tag] = real.split('.')
    expect((await pair(`${issued}.${nonce}.${tag!.slice(1)}A`)).status).to.equal(403)
    expect((await pair(`${(world().clock.now + 1).toString(36)}.${nonce}.${tag}`)).status).to.equal(403)
    world().clock.now += 3_600_000
    expect((await pair(real)).status).to.equal(403)
    world().clock.now -= 3_600_000
    // the untouched pair, within its hour, is the one that signs in; none of the others was counted
    expect((await pair(real)).status).to.equal(303)
  })

  it('ends a session when its time is up', async () => {
    const c = await world().signedIn()
    world().clock.now += SESSION_TTL_HOURS * 3_600_000 - 1000
    expect((await c.fetch('/admin/operations')).status).to.equal(200)
    world().clock.now += 1000
    const page = await c.fetch('/admin/operations')
    expect(page.status).to.equal(303)
    expect(page.headers.get('location')).to.equal('/admin/login?next=%2Fadmin%2Foperations')
    expect((await c.fetch('/admin/api/operations')).status).to.equal(401)
  })

  it('ends a session on sign-out', async () => {
    const c = await world().signedIn()
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const out = await c.form('/admin/logout', { _csrf: c.csrf })
    expect(out.status).to.equal(303)
    // the old cookie, replayed, no longer opens anything
    const replay = await fetch(`${world().origin}/admin/api/session`, { headers: { cookie } })
    expect(replay.status).to.equal(401)
  })

  it('refuses a state-changing request without the CSRF token, with a wrong one, or from another site (403)', async () => {
    const c = await world().signedIn()
    const id = await world().deadLetter('9001')
    const missing = await c.fetch(`/admin/api/outbox/${id}/retry`, { method: 'POST' })
    expect(missing.status).to.equal(403)
    expect(((await missing.json()) as { error: { code: string } }).error.code).to.equal('ADMIN_CSRF')
    expect((await c.fetch(`/admin/api/outbox/${id}/retry`, { method: 'POST', headers: { 'x-csrf-token': `${c.csrf}x` } })).status).to.equal(403)
    expect((await c.form('/admin/operations/outbox/retry', { id: String(id) })).status).to.equal(403)
    expect((await c.form('/admin/operations/outbox/retry', { id: String(id), _csrf: 'wrong' })).status).to.equal(403)
    const foreign = await c.form('/admin/operations/outbox/retry', { id: String(id), _csrf: c.csrf }, { origin: 'https://evil.example.com' })
    expect(foreign.status).to.equal(403)
    expect(((await foreign.json()) as { error: { code: string } }).error.code).to.equal('ADMIN_ORIGIN')
    // nothing was retried by any of them
    const dead = (await getDb().query<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [id])).rows[0]!
    expect(dead.status).to.equal('dead')
  })

  it('sets the session cookie HttpOnly and SameSite=Strict, and never follows a sign-in to another site', async () => {
    const c = world().client()
    const page = await (await c.fetch('/admin/login?next=//evil.example.com')).text()
    expect(page).to.contain('name="next" value="/admin"')
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!
    const res = await c.form('/admin/login', { _csrf: csrf, secret: ADMIN_TOKEN, next: 'https://evil.example.com/' })
    expect(res.headers.get('location')).to.equal('/admin')
    const session = res.headers.getSetCookie().find((l) => l.startsWith('dsla_session='))!
    expect(session).to.match(/; HttpOnly/)
    expect(session).to.match(/; SameSite=Strict/)
  })
})

forEachStore('admin dashboard: cookies on https', (getDb) => {
  const world = useAdminWorld(getDb, { cookieSecure: true })

  it('marks the session cookie Secure with the __Host- prefix unless COOKIE_SECURE is false', async () => {
    const c = world().client()
    const page = await (await c.fetch('/admin/login')).text()
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!
    const res = await c.form('/admin/login', { _csrf: csrf, secret: ADMIN_TOKEN })
    expect(res.status).to.equal(303)
    const session = res.headers.getSetCookie().find((l) => l.startsWith('__Host-dsla_session='))!
    expect(session).to.match(/; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=28800$/)
  })
})

describe('admin dashboard: the admin secret', () => {
  it('accepts the admin token and a password matching its scrypt hash, and nothing else', async () => {
    const passwordHash = hashAdminPassword('correct horse battery staple')
    const verifier = createSecretVerifier({ token: ADMIN_TOKEN, passwordHash })
    expect(await verifier.verify(ADMIN_TOKEN)).to.equal('admin:token')
    expect(await verifier.verify('correct horse battery staple')).to.equal('admin:password')
    expect(await verifier.verify('correct horse battery stapl')).to.equal(null)
    expect(await createSecretVerifier({ token: ADMIN_TOKEN }).verify('')).to.equal(null)
    expect(await createSecretVerifier({}).verify(ADMIN_TOKEN)).to.equal(null)
    expect(verifier.verifyToken('correct horse battery staple')).to.equal(null)
    expect(verifier.verifyToken(ADMIN_TOKEN)).to.equal('admin:token')
  })

  it('answers each of several concurrent password checks rightly, one scrypt at a time', async () => {
    const passwordHash = hashAdminPassword('correct horse battery staple')
    const verifier = createSecretVerifier({ passwordHash }, { concurrency: 1 })
    const outcomes = await Promise.all(['a', 'b', 'correct horse battery staple', 'c'].map((p) => verifier.verify(p)))
    expect(outcomes).to.deep.equal([null, null, 'admin:password', null])
    expect(verifier.checks).to.equal(4)
  })
})
